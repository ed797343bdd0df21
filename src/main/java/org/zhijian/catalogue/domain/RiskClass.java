package org.zhijian.catalogue.domain;

/** Risk class of a product category (高/中/低). */
public enum RiskClass {
    HIGH, MEDIUM, LOW;

    public boolean isHigh() {
        return this == HIGH;
    }

    public boolean isMedium() {
        return this == MEDIUM;
    }

    public String messageCode() {
        return "catalogue.risk." + name();
    }
}
