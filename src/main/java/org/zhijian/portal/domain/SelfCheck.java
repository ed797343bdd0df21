package org.zhijian.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.BaseEntity;

/** One self-check (企业自查) of an own risk point: normal, or an issue with what was found. */
@Entity
@Table(name = "portal_self_check")
public class SelfCheck extends BaseEntity {

    public enum Outcome {
        NORMAL, ISSUE;

        public String messageCode() {
            return "portal.selfCheck.outcome." + name();
        }
    }

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "point_id", nullable = false)
    private Long pointId;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(length = 1000)
    private String findings;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SelfCheck() {
    }

    SelfCheck(OwnRiskPoint point, LocalDate checkedOn, Outcome outcome, String findings, String actor, Instant now) {
        this.enterpriseId = point.getEnterpriseId();
        this.districtId = point.getDistrictId();
        this.pointId = point.getId();
        this.checkedOn = checkedOn;
        this.outcome = outcome;
        this.findings = findings;
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("pointId", pointId);
        s.put("checkedOn", checkedOn.toString());
        s.put("outcome", outcome.name());
        s.put("findings", findings);
        return s;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getPointId() {
        return pointId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getFindings() {
        return findings;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
