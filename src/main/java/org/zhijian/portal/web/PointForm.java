package org.zhijian.portal.web;

import org.zhijian.portal.domain.DutyPeriod;

/** An own risk point added by the enterprise; kept as typed when the rules refuse it. */
public class PointForm {

    private String name;

    private String controlMeasure;

    private DutyPeriod checkFrequency;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getControlMeasure() {
        return controlMeasure;
    }

    public void setControlMeasure(String controlMeasure) {
        this.controlMeasure = controlMeasure;
    }

    public DutyPeriod getCheckFrequency() {
        return checkFrequency;
    }

    public void setCheckFrequency(DutyPeriod checkFrequency) {
        this.checkFrequency = checkFrequency;
    }
}
