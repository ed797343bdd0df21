package org.zhijian.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.jpa.BaseEntity;

/** One line of an industry's template risk list (风险管控清单范本): a risk, its control, how often it is checked. */
@Entity
@Table(name = "portal_risk_template")
public class RiskTemplate extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Industry industry;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "control_measure", nullable = false, length = 500)
    private String controlMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_frequency", nullable = false, length = 10)
    private DutyPeriod checkFrequency;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected RiskTemplate() {
    }

    public RiskTemplate(Industry industry, String name, String controlMeasure, DutyPeriod checkFrequency,
                        int sortOrder) {
        this.industry = industry;
        change(name, controlMeasure, checkFrequency, true);
        this.sortOrder = sortOrder;
    }

    void change(String name, String controlMeasure, DutyPeriod checkFrequency, boolean active) {
        this.name = name;
        this.controlMeasure = controlMeasure;
        this.checkFrequency = checkFrequency;
        this.active = active;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("industry", industry.name());
        s.put("name", name);
        s.put("controlMeasure", controlMeasure);
        s.put("checkFrequency", checkFrequency.name());
        s.put("active", active);
        return s;
    }

    public Industry getIndustry() {
        return industry;
    }

    public String getName() {
        return name;
    }

    public String getControlMeasure() {
        return controlMeasure;
    }

    public DutyPeriod getCheckFrequency() {
        return checkFrequency;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
