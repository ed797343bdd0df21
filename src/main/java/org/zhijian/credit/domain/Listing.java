package org.zhijian.credit.domain;

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
 * A listing on the serious illegal and dishonest list (严重违法失信名单), from the proposal to its
 * end. It changes state only through {@link #perform} and {@link #expire}; nothing is deleted, and
 * each step's values stay on the record (the audit trail keeps every before and after).
 */
@Entity
@Table(name = "credit_listing")
public class Listing extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingStatus status = ListingStatus.PROPOSED;

    @Column(name = "source_case_id")
    private Long sourceCaseId;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "notice_number", length = 40)
    private String noticeNumber;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "statement_by")
    private LocalDate statementBy;

    @Column(length = 2000)
    private String statement;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_number", length = 40)
    private String decisionNumber;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "listed_until")
    private LocalDate listedUntil;

    @Column(name = "removal_applied_on")
    private LocalDate removalAppliedOn;

    @Column(name = "removal_corrected", nullable = false)
    private boolean removalCorrected;

    @Column(name = "removal_paid", nullable = false)
    private boolean removalPaid;

    @Column(name = "removal_statement", length = 2000)
    private String removalStatement;

    @Column(name = "removal_reviewed_on")
    private LocalDate removalReviewedOn;

    @Column(name = "removal_review_note", length = 1000)
    private String removalReviewNote;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Listing() {
    }

    public Listing(Enterprise enterprise, Long sourceCaseId, String reason, LocalDate proposedOn, String actor,
                   Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "credit.listing.reason.required");
        }
        this.enterprise = enterprise;
        this.districtId = enterprise.getDistrictId();
        this.sourceCaseId = sourceCaseId;
        this.reason = reason.strip();
        this.proposedOn = proposedOn;
        created(actor, now);
    }

    /**
     * One step of the lifecycle on {@code today}. Refuses a step the state does not allow, a listing
     * decision before the enterprise was heard (its statement recorded or its time run out), and a
     * removal application before the year has run or without correction and payment.
     */
    public void perform(ListingAction action, ListingInput in, LocalDate today, ListingTerms terms, String actor,
                        Instant now) {
        if (!action.allowedFrom(status)) {
            throw new BusinessRuleException("action", "credit.listing.action.notAllowed");
        }
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (action.noteRequired() && note == null) {
            throw new BusinessRuleException("note", "credit.listing.note.required");
        }
        switch (action) {
            case NOTIFY -> {
                notifiedOn = today;
                statementBy = terms.statementBy(today);
                noticeNumber = number("XYGZ", today);
            }
            case RECORD_STATEMENT -> statement = note;
            case LIST -> {
                if (statement == null && !today.isAfter(statementBy)) {
                    throw new BusinessRuleException("action", "credit.listing.notHeardYet", statementBy);
                }
                decidedOn = today;
                listedUntil = ListingTerms.listedUntil(today);
                decisionNumber = number("XYLM", today);
                decisionNote = note;
            }
            case NOT_LIST -> {
                decidedOn = today;
                decisionNote = note;
                endedOn = today;
            }
            case APPLY_REMOVAL -> {
                if (!ListingTerms.removalOpen(decidedOn, today)) {
                    throw new BusinessRuleException("action", "credit.listing.removal.tooEarly",
                            ListingTerms.removalFrom(decidedOn));
                }
                if (!in.corrected() || !in.paid()) {
                    throw new BusinessRuleException("corrected", "credit.listing.removal.conditions");
                }
                removalAppliedOn = today;
                removalCorrected = true;
                removalPaid = true;
                removalStatement = note;
                removalReviewedOn = null;
                removalReviewNote = null;
            }
            case APPROVE_REMOVAL -> {
                removalReviewedOn = today;
                removalReviewNote = note;
                endedOn = today;
            }
            case REFUSE_REMOVAL -> {
                removalReviewedOn = today;
                removalReviewNote = note;
            }
        }
        status = action.to();
        touched(actor, now);
    }

    /** The daily job: a listing whose three years have run leaves the list. */
    public boolean expire(LocalDate today, String actor, Instant now) {
        if (!status.isListed() || !ListingTerms.expired(decidedOn, today)) {
            return false;
        }
        status = ListingStatus.EXPIRED;
        endedOn = today;
        touched(actor, now);
        return true;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterpriseId", enterprise.getId());
        s.put("status", status.name());
        s.put("sourceCaseId", sourceCaseId);
        s.put("reason", reason);
        s.put("proposedOn", str(proposedOn));
        s.put("noticeNumber", noticeNumber);
        s.put("notifiedOn", str(notifiedOn));
        s.put("statementBy", str(statementBy));
        s.put("statement", statement);
        s.put("decidedOn", str(decidedOn));
        s.put("decisionNumber", decisionNumber);
        s.put("decisionNote", decisionNote);
        s.put("listedUntil", str(listedUntil));
        s.put("removalAppliedOn", str(removalAppliedOn));
        s.put("removalCorrected", removalCorrected);
        s.put("removalPaid", removalPaid);
        s.put("removalStatement", removalStatement);
        s.put("removalReviewedOn", str(removalReviewedOn));
        s.put("removalReviewNote", removalReviewNote);
        s.put("endedOn", str(endedOn));
        return s;
    }

    /** A document number: prefix, year and the listing's id (告知书 XYGZ, 决定书 XYLM). */
    private String number(String prefix, LocalDate on) {
        return prefix + on.getYear() + String.format("%06d", getId() == null ? 0L : getId());
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The first day an early-removal application may be made, once decided. */
    public LocalDate getRemovalFrom() {
        return decidedOn == null ? null : ListingTerms.removalFrom(decidedOn);
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public Long getSourceCaseId() {
        return sourceCaseId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public LocalDate getStatementBy() {
        return statementBy;
    }

    public String getStatement() {
        return statement;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getListedUntil() {
        return listedUntil;
    }

    public LocalDate getRemovalAppliedOn() {
        return removalAppliedOn;
    }

    public boolean isRemovalCorrected() {
        return removalCorrected;
    }

    public boolean isRemovalPaid() {
        return removalPaid;
    }

    public String getRemovalStatement() {
        return removalStatement;
    }

    public LocalDate getRemovalReviewedOn() {
        return removalReviewedOn;
    }

    public String getRemovalReviewNote() {
        return removalReviewNote;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
