package org.zhijian.portal.web;

import org.zhijian.enterprise.domain.Industry;
import org.zhijian.portal.domain.DutyPeriod;

/** A line of an industry's template risk list; kept as typed when the rules refuse it. */
public class TemplateForm {

    private Industry industry;

    private String name;

    private String controlMeasure;

    private DutyPeriod checkFrequency;

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

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
