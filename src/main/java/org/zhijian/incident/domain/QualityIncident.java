package org.zhijian.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * A quality-safety incident (质量安全事故): its level, when it occurred, the initial report due within
 * a few hours of that (首报时限), follow-up and closing reports, and the special inspection (专项检查)
 * of the emergency response. A drill (演练) goes through the same steps and never counts in figures.
 */
@Entity
@Table(name = "quality_incident")
public class QualityIncident extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private IncidentLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IncidentStatus status = IncidentStatus.OPEN;

    @Column(name = "district_id")
    private Long districtId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "report_due_at", nullable = false)
    private Instant reportDueAt;

    @Column(name = "initial_reported_at")
    private Instant initialReportedAt;

    @Column(nullable = false)
    private boolean drill;

    @Column(name = "risk_information_id")
    private Long riskInformationId;

    @Column(name = "inspection_title", length = 200)
    private String inspectionTitle;

    @Column(name = "inspection_due_on")
    private LocalDate inspectionDueOn;

    @Column(name = "inspection_district_ids", length = 300)
    private String inspectionDistrictIds;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected QualityIncident() {
    }

    public QualityIncident(IncidentDetails d, Enterprise enterprise, Duration initialReportWithin, String actor,
                           Instant now) {
        if (d.occurredAt().isAfter(now)) {
            throw new BusinessRuleException("occurredAt", "incident.occurredAt.future");
        }
        this.title = d.title().strip();
        this.level = d.level();
        this.enterprise = enterprise;
        this.districtId = enterprise != null ? enterprise.getDistrictId() : d.districtId();
        this.description = d.description().strip();
        this.occurredAt = d.occurredAt();
        this.reportDueAt = d.occurredAt().plus(initialReportWithin);
        this.drill = d.drill();
        this.riskInformationId = d.riskInformationId();
        created(actor, now);
    }

    /** The initial report was due and has not come, or came after its deadline. */
    public boolean isInitialReportLate(Instant now) {
        return initialReportedAt == null ? now.isAfter(reportDueAt) : initialReportedAt.isAfter(reportDueAt);
    }

    /** Still waiting for its initial report. */
    public boolean isInitialReportDue() {
        return initialReportedAt == null && !status.isClosed();
    }

    /** Keeps a report: the first one is the initial report; a closing report closes the incident. */
    IncidentReport report(IncidentReportKind kind, String content, boolean inspectionFinished, String actor,
                          Instant now) {
        if (status.isClosed()) {
            throw new BusinessRuleException("kind", "incident.closed");
        }
        if (content == null || content.isBlank()) {
            throw new BusinessRuleException("content", "incident.report.content.required");
        }
        boolean first = initialReportedAt == null;
        if (first != (kind == IncidentReportKind.INITIAL)) {
            throw new BusinessRuleException("kind", first ? "incident.report.initialFirst" : "incident.report.initialOnce");
        }
        if (kind == IncidentReportKind.INITIAL) {
            initialReportedAt = now;
        }
        if (kind == IncidentReportKind.CLOSING) {
            if (hasSpecialInspection() && !inspectionFinished) {
                throw new BusinessRuleException("kind", "incident.report.inspectionRunning");
            }
            status = IncidentStatus.CLOSED;
            closedAt = now;
        }
        touched(actor, now);
        return new IncidentReport(this, kind, content, actor, now);
    }

    /** Records the special inspection sent to these districts (the tasks themselves are the inspection module's). */
    void specialInspection(String title, List<Long> districtIds, LocalDate dueOn, LocalDate today, String actor,
                           Instant now) {
        if (status.isClosed()) {
            throw new BusinessRuleException("dueOn", "incident.closed");
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            throw new BusinessRuleException("dueOn", "incident.inspection.dueOn.past");
        }
        this.inspectionTitle = title.strip();
        this.inspectionDueOn = dueOn;
        List<Long> all = new java.util.ArrayList<>(inspectionDistricts());
        districtIds.stream().filter(id -> !all.contains(id)).forEach(all::add);
        this.inspectionDistrictIds = all.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.status = IncidentStatus.RESPONDING;
        touched(actor, now);
    }

    public boolean hasSpecialInspection() {
        return inspectionDueOn != null;
    }

    public List<Long> inspectionDistricts() {
        return inspectionDistrictIds == null || inspectionDistrictIds.isBlank() ? List.of()
                : Arrays.stream(inspectionDistrictIds.split(",")).map(Long::valueOf).toList();
    }

    /** The reference its special inspection's tasks carry. */
    public String reference() {
        return IncidentService.REFERENCE_PREFIX + getId();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("level", level.name());
        s.put("status", status.name());
        s.put("districtId", districtId);
        s.put("enterpriseId", enterprise == null ? null : enterprise.getId());
        s.put("description", description);
        s.put("occurredAt", occurredAt.toString());
        s.put("reportDueAt", reportDueAt.toString());
        s.put("initialReportedAt", initialReportedAt == null ? null : initialReportedAt.toString());
        s.put("drill", drill);
        s.put("inspectionTitle", inspectionTitle);
        s.put("inspectionDueOn", inspectionDueOn == null ? null : inspectionDueOn.toString());
        s.put("inspectionDistrictIds", inspectionDistrictIds);
        return s;
    }

    public String getTitle() {
        return title;
    }

    public IncidentLevel getLevel() {
        return level;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReportDueAt() {
        return reportDueAt;
    }

    public Instant getInitialReportedAt() {
        return initialReportedAt;
    }

    public boolean isDrill() {
        return drill;
    }

    public Long getRiskInformationId() {
        return riskInformationId;
    }

    public String getInspectionTitle() {
        return inspectionTitle;
    }

    public LocalDate getInspectionDueOn() {
        return inspectionDueOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
