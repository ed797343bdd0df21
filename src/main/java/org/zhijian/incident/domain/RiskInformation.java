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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

/**
 * A piece of risk information (风险信息) in the one queue: a complaint, a report, a media item, a
 * department's notice, monitoring, or an automatic signal. A head assesses it (研判) and closes it
 * with a {@link RiskAction} and the reason; it is due for assessment by {@link #getAssessBy()}.
 */
@Entity
@Table(name = "risk_information")
public class RiskInformation extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RiskSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RiskInformationStatus status = RiskInformationStatus.RECEIVED;

    @Column(name = "district_id")
    private Long districtId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(length = 200)
    private String informant;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "assess_by", nullable = false)
    private LocalDate assessBy;

    @Column(name = "signal_key", length = 160)
    private String signalKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private RiskAction action;

    @Column(length = 1000)
    private String reason;

    @Column(name = "action_reference", length = 60)
    private String actionReference;

    @Column(name = "assessed_by", length = 50)
    private String assessedBy;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    protected RiskInformation() {
    }

    /**
     * @param enterprise the enterprise it concerns, or null; its district wins over {@code districtId}
     * @param assessBy   the last day of the assessment window
     */
    public RiskInformation(RiskSource source, Enterprise enterprise, Long districtId, String summary,
                           String informant, Instant receivedAt, LocalDate assessBy, String signalKey,
                           String actor, Instant now) {
        this.source = source;
        this.enterprise = enterprise;
        this.districtId = enterprise != null ? enterprise.getDistrictId() : districtId;
        this.summary = summary.strip();
        this.informant = informant == null || informant.isBlank() ? null : informant.strip();
        this.receivedAt = receivedAt;
        this.assessBy = assessBy;
        this.signalKey = signalKey;
        created(actor, now);
    }

    /** A head takes it up (研判中). */
    void startAssessment(String actor, Instant now) {
        status = status.moveTo(RiskInformationStatus.ASSESSING);
        touched(actor, now);
    }

    /** Closes it with the head's conclusion; {@code reference} names what the action made ("incident:3"). */
    void close(RiskAction action, String reason, String reference, String actor, LocalDate on, Instant now) {
        if (action == null) {
            throw new BusinessRuleException("action", "incident.risk.action.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "incident.risk.reason.required");
        }
        status = status.moveTo(RiskInformationStatus.CLOSED);
        this.action = action;
        this.reason = reason.strip();
        this.actionReference = reference;
        this.assessedBy = actor;
        this.assessedOn = on;
        touched(actor, now);
    }

    /** Not closed and past its assessment window. */
    public boolean isAssessmentOverdueOn(LocalDate today) {
        return status.isOpen() && today.isAfter(assessBy);
    }

    /** Whether a head may take it up for assessment now. */
    public boolean canStartAssessment() {
        return status.canMoveTo(RiskInformationStatus.ASSESSING);
    }

    /** Closed with a request for a spot check (kept here; the plans take it up). */
    public boolean isSpotCheckRequested() {
        return action == RiskAction.SPOT_CHECK;
    }

    /** The id of the incident it opened, when it did. */
    public Long getIncidentId() {
        return actionReference != null && actionReference.startsWith(IncidentService.REFERENCE_PREFIX)
                ? Long.valueOf(actionReference.substring(IncidentService.REFERENCE_PREFIX.length())) : null;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", source.name());
        s.put("status", status.name());
        s.put("districtId", districtId);
        s.put("enterpriseId", enterprise == null ? null : enterprise.getId());
        s.put("summary", summary);
        s.put("informant", informant);
        s.put("receivedAt", receivedAt.toString());
        s.put("assessBy", assessBy.toString());
        s.put("action", action == null ? null : action.name());
        s.put("reason", reason);
        s.put("actionReference", actionReference);
        return s;
    }

    public RiskSource getSource() {
        return source;
    }

    public RiskInformationStatus getStatus() {
        return status;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public String getSummary() {
        return summary;
    }

    public String getInformant() {
        return informant;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getAssessBy() {
        return assessBy;
    }

    public String getSignalKey() {
        return signalKey;
    }

    public RiskAction getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public String getActionReference() {
        return actionReference;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }
}
