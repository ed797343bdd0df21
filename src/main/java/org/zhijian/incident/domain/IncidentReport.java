package org.zhijian.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhijian.system.jpa.BaseEntity;

/** One report of an incident (首报, 续报, 终报), kept as written. */
@Entity
@Table(name = "incident_report")
public class IncidentReport extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false)
    private QualityIncident incident;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IncidentReportKind kind;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 50)
    private String reportedBy;

    protected IncidentReport() {
    }

    IncidentReport(QualityIncident incident, IncidentReportKind kind, String content, String actor, Instant now) {
        this.incident = incident;
        this.kind = kind;
        this.content = content.strip();
        this.reportedAt = now;
        this.reportedBy = actor;
    }

    public IncidentReportKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
