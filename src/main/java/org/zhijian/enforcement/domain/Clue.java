package org.zhijian.enforcement.domain;

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
 * A clue (案件线索), linked to its source record, with its 15-working-day verification clock. The head
 * decides on it once: open a case or decline, with reasons.
 */
@Entity
@Table(name = "enforcement_clue")
public class Clue extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClueSource source;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(name = "source_label", length = 100)
    private String sourceLabel;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "verify_by", nullable = false)
    private LocalDate verifyBy;

    @Column(nullable = false)
    private boolean extended;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClueStatus status = ClueStatus.RECEIVED;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 50)
    private String decidedBy;

    @Column(name = "case_id")
    private Long caseId;

    protected Clue() {
    }

    Clue(Enterprise enterprise, ClueSource source, Long sourceId, String sourceLabel, String summary,
         LocalDate receivedOn, ClueClock clock, String actor, Instant now) {
        this.enterprise = enterprise;
        this.districtId = enterprise.getDistrictId();
        this.source = source;
        this.sourceId = sourceId;
        this.sourceLabel = sourceLabel == null || sourceLabel.isBlank() ? null : cut(sourceLabel.strip(), 100);
        this.summary = cut(summary.strip(), 1000);
        this.receivedOn = receivedOn;
        this.verifyBy = clock.verifyBy(receivedOn);
        created(actor, now);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The head approves 15 more working days of verification; once only. */
    void extend(String reason, ClueClock clock, String actor, Instant now) {
        requireReceived();
        if (extended) {
            throw new BusinessRuleException("action", "enforcement.clue.alreadyExtended");
        }
        requireReason(reason);
        this.extended = true;
        this.verifyBy = clock.extended(verifyBy);
        touched(actor, now);
    }

    void opened(Long caseId, String reason, LocalDate on, String actor, Instant now) {
        decide(ClueStatus.OPENED, reason, on, actor, now);
        this.caseId = caseId;
    }

    void decline(String reason, LocalDate on, String actor, Instant now) {
        requireReason(reason);
        decide(ClueStatus.DECLINED, reason, on, actor, now);
    }

    private void decide(ClueStatus next, String reason, LocalDate on, String actor, Instant now) {
        requireReceived();
        if (on.isBefore(receivedOn)) {
            throw new BusinessRuleException("decidedOn", "enforcement.date.beforeReceipt");
        }
        this.status = next;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedOn = on;
        this.decidedBy = actor;
        touched(actor, now);
    }

    private void requireReceived() {
        if (status != ClueStatus.RECEIVED) {
            throw new BusinessRuleException("action", "enforcement.clue.alreadyDecided");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "enforcement.reason.required");
        }
    }

    /** Still waiting for the head's decision past its verification deadline. */
    public boolean isOverdueOn(LocalDate today) {
        return status == ClueStatus.RECEIVED && verifyBy.isBefore(today);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterpriseId", enterprise.getId());
        s.put("source", source.name());
        s.put("sourceId", sourceId);
        s.put("summary", summary);
        s.put("receivedOn", receivedOn.toString());
        s.put("verifyBy", verifyBy.toString());
        s.put("extended", extended);
        s.put("status", status.name());
        s.put("decisionReason", decisionReason);
        s.put("caseId", caseId);
        return s;
    }

    public String getLabel() {
        return "XS" + receivedOn.getYear() + String.format("%06d", getId());
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public ClueSource getSource() {
        return source;
    }

    public String getSourceMessageCode() {
        return "enforcement.clue.source." + source.name();
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getVerifyBy() {
        return verifyBy;
    }

    public boolean isExtended() {
        return extended;
    }

    public ClueStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Long getCaseId() {
        return caseId;
    }
}
