package org.zhijian.classification.domain;

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

/** A complaint or violation recorded against an enterprise; one input of its class. */
@Entity
@Table(name = "enterprise_incident")
public class EnterpriseIncident extends BaseEntity {

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IncidentKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected EnterpriseIncident() {
    }

    EnterpriseIncident(Long enterpriseId, IncidentKind kind, LocalDate occurredOn, String summary, String actor,
                       Instant now) {
        this.enterpriseId = enterpriseId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.summary = summary.strip();
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterpriseId", enterpriseId);
        s.put("kind", kind.name());
        s.put("occurredOn", occurredOn.toString());
        s.put("summary", summary);
        return s;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public IncidentKind getKind() {
        return kind;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
