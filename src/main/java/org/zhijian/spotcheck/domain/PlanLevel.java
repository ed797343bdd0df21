package org.zhijian.spotcheck.domain;

/** Who ordered a spot-check plan (国家/省/市/区). */
public enum PlanLevel {
    NATIONAL, PROVINCIAL, CITY, DISTRICT;

    public String messageCode() {
        return "spotcheck.level." + name();
    }
}
