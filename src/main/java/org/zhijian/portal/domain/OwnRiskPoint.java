package org.zhijian.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.BaseEntity;

/** A risk point the enterprise keeps itself (企业自建风险清单), often taken from its industry's template. */
@Entity
@Table(name = "portal_own_risk_point")
public class OwnRiskPoint extends BaseEntity {

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "template_id")
    private Long templateId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "control_measure", nullable = false, length = 500)
    private String controlMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_frequency", nullable = false, length = 10)
    private DutyPeriod checkFrequency;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OwnRiskPoint() {
    }

    OwnRiskPoint(Long enterpriseId, Long districtId, Long templateId, String name, String controlMeasure,
                 DutyPeriod checkFrequency, String actor, Instant now) {
        this.enterpriseId = enterpriseId;
        this.districtId = districtId;
        this.templateId = templateId;
        this.name = name;
        this.controlMeasure = controlMeasure;
        this.checkFrequency = checkFrequency;
        this.createdBy = actor;
        this.createdAt = now;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("templateId", templateId);
        s.put("name", name);
        s.put("controlMeasure", controlMeasure);
        s.put("checkFrequency", checkFrequency.name());
        s.put("active", active);
        return s;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getTemplateId() {
        return templateId;
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

    public boolean isActive() {
        return active;
    }
}
