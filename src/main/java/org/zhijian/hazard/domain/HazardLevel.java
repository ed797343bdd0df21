package org.zhijian.hazard.domain;

/** 一般隐患 or 重大隐患. */
public enum HazardLevel {
    GENERAL, MAJOR;

    public String messageCode() {
        return "risk.hazard.level." + name();
    }
}
