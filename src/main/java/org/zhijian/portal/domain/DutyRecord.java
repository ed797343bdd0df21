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

/** One record of the two regulations (日管控、周排查、月调度): one per enterprise and period. */
@Entity
@Table(name = "portal_duty_record")
public class DutyRecord extends BaseEntity {

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DutyPeriod kind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "issues_found", nullable = false)
    private int issuesFound;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DutyRecord() {
    }

    DutyRecord(Long enterpriseId, Long districtId, DutyPeriod kind, LocalDate periodStart, String summary,
               int issuesFound, String actor, Instant now) {
        this.enterpriseId = enterpriseId;
        this.districtId = districtId;
        this.kind = kind;
        this.periodStart = periodStart;
        this.summary = summary;
        this.issuesFound = issuesFound;
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind.name());
        s.put("periodStart", periodStart.toString());
        s.put("summary", summary);
        s.put("issuesFound", issuesFound);
        return s;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public DutyPeriod getKind() {
        return kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public String getSummary() {
        return summary;
    }

    public int getIssuesFound() {
        return issuesFound;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
