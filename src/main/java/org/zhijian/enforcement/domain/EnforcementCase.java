package org.zhijian.enforcement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * An administrative penalty case (行政处罚案件): its officers, the proposed and decided penalty, and
 * the dates of every statutory step. It changes state only through {@link #perform}, which checks
 * the step is allowed now and returns the step to keep; {@link #getDueOn()} is the next statutory
 * deadline of the bureau (decision, delivery, payment), null while the clock is paused or none runs.
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase extends AuditedEntity {

    @Column(name = "case_number", nullable = false, length = 40)
    private String caseNumber;

    @Column(name = "clue_id")
    private Long clueId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_kind", nullable = false, length = 10)
    private ProcedureKind procedure;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 15)
    private PartyKind party;

    @Column(nullable = false, length = 1000)
    private String violation;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.INVESTIGATING;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "penalty_kinds", length = 120)
    private String penaltyKinds;

    @Column(precision = 14, scale = 2)
    private BigDecimal fine;

    @Column(name = "penalty_content", length = 1000)
    private String penaltyContent;

    @Column(nullable = false)
    private boolean serious;

    @Column(name = "licence_id")
    private Long licenceId;

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    @Column(name = "hearing_request_by")
    private LocalDate hearingRequestBy;

    @Column(length = 2000)
    private String statement;

    @Column(name = "hearing_requested_on")
    private LocalDate hearingRequestedOn;

    @Column(name = "hearing_held_on")
    private LocalDate hearingHeldOn;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "payment_due")
    private LocalDate paymentDue;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "paid_amount", precision = 14, scale = 2)
    private BigDecimal paidAmount;

    @Column(precision = 14, scale = 2)
    private BigDecimal surcharge;

    @Column(name = "executed_on")
    private LocalDate executedOn;

    @Column(name = "transferred_on")
    private LocalDate transferredOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enforcement_case_officer", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> officerIds = new LinkedHashSet<>();

    @BatchSize(size = 50)
    @OneToMany(mappedBy = "enforcementCase", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("startsOn, id")
    private List<ClockPause> pauses = new ArrayList<>();

    protected EnforcementCase() {
    }

    EnforcementCase(String caseNumber, Long clueId, Enterprise enterprise, ProcedureKind procedure, PartyKind party,
                    String violation, String legalBasis, Set<Long> officerIds, LocalDate openedOn, String actor,
                    Instant now) {
        if (officerIds == null || officerIds.size() < 2) {
            throw new BusinessRuleException("officerIds", "enforcement.case.twoOfficers");
        }
        if (violation == null || violation.isBlank()) {
            throw new BusinessRuleException("violation", "enforcement.case.violation.required");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new BusinessRuleException("legalBasis", "enforcement.case.legalBasis.required");
        }
        this.caseNumber = caseNumber;
        this.clueId = clueId;
        this.enterprise = enterprise;
        this.districtId = enterprise.getDistrictId();
        this.procedure = procedure;
        this.party = party;
        this.violation = violation.strip();
        this.legalBasis = legalBasis.strip();
        this.officerIds.addAll(officerIds);
        this.openedOn = openedOn;
        this.decisionDue = DecisionClock.due(openedOn, 0, List.of(), openedOn);
        this.dueOn = decisionDue;
        created(actor, now);
    }

    /** What a step needs besides the command: the rules, the calendar and today. */
    record Context(PenaltyRules rules, WorkingDayCalendar calendar, LocalDate today) {
    }

    /**
     * One step of the procedure. The document number is given only to DECIDE (taken from the counter
     * by the service once the step is known to be allowed, see {@link #checkDecision}).
     */
    CaseStep perform(CaseCommand c, String documentNumber, Context ctx, String actor, Instant now) {
        CaseAction action = c.action();
        if (!action.allowedFrom(status)) {
            throw new BusinessRuleException("action", "enforcement.case.stepNotAllowed");
        }
        LocalDate on = c.occurredOn();
        if (on == null) {
            throw new BusinessRuleException("occurredOn", "enforcement.date.required");
        }
        if (on.isAfter(ctx.today())) {
            throw new BusinessRuleException("occurredOn", "enforcement.date.inFuture");
        }
        if (on.isBefore(openedOn)) {
            throw new BusinessRuleException("occurredOn", "enforcement.date.beforeOpening");
        }
        CaseStatus from = status;
        String note = c.note();
        switch (action) {
            case ISSUE_NOTICE -> {
                propose(c, ctx.rules());
                this.noticeOn = on;
                this.hearingRequestBy = serious ? PenaltyRules.hearingRequestBy(ctx.calendar(), on) : null;
            }
            case RECORD_STATEMENT -> {
                requireNote(note);
                this.statement = note.strip();
            }
            case REQUEST_HEARING -> {
                if (!serious) {
                    throw new BusinessRuleException("action", "enforcement.case.hearing.notSerious");
                }
                if (on.isAfter(hearingRequestBy)) {
                    throw new BusinessRuleException("occurredOn", "enforcement.case.hearing.late", hearingRequestBy);
                }
                this.hearingRequestedOn = on;
                pauses.add(new ClockPause(this, PauseKind.HEARING, on));
            }
            case HOLD_HEARING -> {
                notBefore(on, hearingRequestedOn);
                this.hearingHeldOn = on;
                openPause().orElseThrow().end(on);
            }
            case PAUSE_CLOCK -> {
                if (c.pauseKind() == null || c.pauseKind() == PauseKind.HEARING) {
                    throw new BusinessRuleException("pauseKind", "enforcement.case.pause.kind");
                }
                if (openPause().isPresent()) {
                    throw new BusinessRuleException("action", "enforcement.case.pause.running");
                }
                pauses.add(new ClockPause(this, c.pauseKind(), on));
            }
            case RESUME_CLOCK -> {
                ClockPause p = openPause().orElseThrow(
                        () -> new BusinessRuleException("action", "enforcement.case.pause.none"));
                notBefore(on, p.getStartsOn());
                p.end(on);
            }
            case EXTEND -> {
                if (extensionDays > 0) {
                    throw new BusinessRuleException("action", "enforcement.case.alreadyExtended");
                }
                requireNote(note);
                this.extensionDays = DecisionClock.EXTENSION_DAYS;
                this.extensionReason = note.strip();
            }
            case DECIDE -> {
                checkDecision(c, ctx);
                if (procedure == ProcedureKind.SIMPLE) {
                    propose(c, ctx.rules());
                } else if (c.kinds() != null && !c.kinds().isEmpty()) {
                    propose(c, ctx.rules());
                }
                this.documentNumber = documentNumber;
                this.decidedOn = on;
            }
            case DELIVER -> {
                notBefore(on, decidedOn);
                this.deliveredOn = on;
                this.paymentDue = hasFine() ? PaymentTerms.payBy(on) : null;
            }
            case EXECUTE -> {
                notBefore(on, deliveredOn);
                if (hasFine()) {
                    BigDecimal owed = PaymentTerms.surcharge(fine, paymentDue, on);
                    if (c.paidAmount() == null || c.paidAmount().compareTo(fine.add(owed)) < 0) {
                        throw new BusinessRuleException("paidAmount", "enforcement.case.payment.short",
                                fine.add(owed).toPlainString());
                    }
                    this.paidOn = on;
                    this.paidAmount = c.paidAmount();
                    this.surcharge = owed;
                }
                this.executedOn = on;
            }
            case TRANSFER -> {
                requireNote(note);
                this.transferredOn = on;
                openPause().ifPresent(p -> p.end(on));
            }
            case CLOSE -> this.closedOn = on;
            case CLOSE_WITHOUT_PENALTY -> {
                requireNote(note);
                this.closedOn = on;
                openPause().ifPresent(p -> p.end(on));
            }
        }
        this.status = action.target(status);
        recomputeDue(ctx.today());
        touched(actor, now);
        return new CaseStep(this, action.name(), from, status, on, note, actor, now);
    }

    /**
     * Whether DECIDE may be made now (before a document number is taken): the simple procedure only
     * within its limits; the general one after the advance notice, once the party has stated its case
     * or the statement window has passed, and, for a serious penalty, after the hearing or once the
     * window to request one has passed; never while the clock is paused.
     */
    void checkDecision(CaseCommand c, Context ctx) {
        if (!CaseAction.DECIDE.allowedFrom(status)) {
            throw new BusinessRuleException("action", "enforcement.case.stepNotAllowed");
        }
        LocalDate on = c.occurredOn();
        if (procedure == ProcedureKind.SIMPLE) {
            if (status != CaseStatus.INVESTIGATING) {
                throw new BusinessRuleException("action", "enforcement.case.stepNotAllowed");
            }
            if (!ctx.rules().allowsSimpleProcedure(kindsOf(c.kinds()), c.fine(), party)) {
                throw new BusinessRuleException("fine", "enforcement.case.simple.limit");
            }
            return;
        }
        if (status == CaseStatus.INVESTIGATING) {
            throw new BusinessRuleException("action", "enforcement.case.notice.first");
        }
        if (openPause().isPresent()) {
            throw new BusinessRuleException("action", "enforcement.case.pause.running");
        }
        if (on == null || on.isBefore(noticeOn)) {
            throw new BusinessRuleException("occurredOn", "enforcement.date.beforeNotice");
        }
        if (status == CaseStatus.NOTIFIED) {
            LocalDate statementBy = ctx.calendar().after(noticeOn, PenaltyRules.STATEMENT_WORKING_DAYS);
            if (statement == null && !on.isAfter(statementBy)) {
                throw new BusinessRuleException("occurredOn", "enforcement.case.statement.windowOpen", statementBy);
            }
            if (serious && !on.isAfter(hearingRequestBy)) {
                throw new BusinessRuleException("occurredOn", "enforcement.case.hearing.windowOpen",
                        hearingRequestBy);
            }
        }
        if (c.kinds() != null && !c.kinds().isEmpty()
                && ctx.rules().isSerious(kindsOf(c.kinds()), c.fine(), party) && !serious) {
            // a heavier penalty than the one notified would deprive the party of its hearing
            throw new BusinessRuleException("kinds", "enforcement.case.decision.heavierThanNotice");
        }
    }

    private void propose(CaseCommand c, PenaltyRules rules) {
        Set<PenaltyKind> kinds = kindsOf(c.kinds());
        if (kinds.isEmpty()) {
            throw new BusinessRuleException("kinds", "enforcement.case.penalty.required");
        }
        if (kinds.contains(PenaltyKind.FINE) && (c.fine() == null || c.fine().signum() <= 0)) {
            throw new BusinessRuleException("fine", "enforcement.case.fine.required");
        }
        boolean licence = kinds.contains(PenaltyKind.LICENCE_SUSPENSION)
                || kinds.contains(PenaltyKind.LICENCE_REVOCATION);
        if (licence && c.licenceId() == null && licenceId == null) {
            throw new BusinessRuleException("licenceId", "enforcement.case.licence.required");
        }
        if (c.penaltyContent() == null || c.penaltyContent().isBlank()) {
            throw new BusinessRuleException("penaltyContent", "enforcement.case.penaltyContent.required");
        }
        this.penaltyKinds = kinds.stream().map(Enum::name).collect(Collectors.joining(","));
        this.fine = kinds.contains(PenaltyKind.FINE) ? c.fine() : null;
        this.penaltyContent = c.penaltyContent().strip();
        if (licence && c.licenceId() != null) {
            this.licenceId = c.licenceId();
        }
        this.serious = rules.isSerious(kinds, fine, party);
    }

    private static Set<PenaltyKind> kindsOf(Set<PenaltyKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.noneOf(PenaltyKind.class) : EnumSet.copyOf(kinds);
    }

    /** The next statutory deadline of the bureau, recomputed after each step. */
    void recomputeDue(LocalDate today) {
        List<DecisionClock.Pause> ps = pauses.stream().map(ClockPause::toPause).toList();
        this.decisionDue = DecisionClock.due(openedOn, extensionDays, ps, today);
        this.dueOn = switch (status) {
            case INVESTIGATING, NOTIFIED, HEARING_REQUESTED, HEARING_HELD ->
                    DecisionClock.paused(ps) ? null : decisionDue;
            case DECIDED -> PaymentTerms.deliverBy(decidedOn);
            case DELIVERED -> paymentDue;
            case EXECUTED, TRANSFERRED, CLOSED -> null;
        };
    }

    private java.util.Optional<ClockPause> openPause() {
        return pauses.stream().filter(p -> p.getEndsOn() == null).findFirst();
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new BusinessRuleException("note", "enforcement.reason.required");
        }
    }

    private static void notBefore(LocalDate on, LocalDate earlier) {
        if (earlier != null && on.isBefore(earlier)) {
            throw new BusinessRuleException("occurredOn", "enforcement.date.beforePrevious", earlier);
        }
    }

    public boolean hasFine() {
        return fine != null && fine.signum() > 0;
    }

    /** Past a statutory deadline of the bureau. */
    public boolean isOverdueOn(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today);
    }

    public boolean isClockPaused() {
        return openPause().isPresent();
    }

    public boolean isLicencePenalty() {
        Set<PenaltyKind> k = getKinds();
        return k.contains(PenaltyKind.LICENCE_SUSPENSION) || k.contains(PenaltyKind.LICENCE_REVOCATION);
    }

    /** The surcharge owed if the fine were paid on {@code day}. */
    public BigDecimal surchargeOn(LocalDate day) {
        return paymentDue == null ? BigDecimal.ZERO : PaymentTerms.surcharge(fine, paymentDue, day);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("caseNumber", caseNumber);
        s.put("enterpriseId", enterprise.getId());
        s.put("procedure", procedure.name());
        s.put("party", party.name());
        s.put("violation", violation);
        s.put("legalBasis", legalBasis);
        s.put("officerIds", List.copyOf(officerIds).toString());
        s.put("status", status.name());
        s.put("decisionDue", decisionDue.toString());
        s.put("extensionDays", extensionDays);
        s.put("penaltyKinds", penaltyKinds);
        s.put("fine", fine == null ? null : fine.toPlainString());
        s.put("penaltyContent", penaltyContent);
        s.put("serious", serious);
        s.put("licenceId", licenceId);
        s.put("documentNumber", documentNumber);
        s.put("noticeOn", str(noticeOn));
        s.put("decidedOn", str(decidedOn));
        s.put("deliveredOn", str(deliveredOn));
        s.put("paidOn", str(paidOn));
        s.put("paidAmount", paidAmount == null ? null : paidAmount.toPlainString());
        s.put("closedOn", str(closedOn));
        return s;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Long getClueId() {
        return clueId;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public ProcedureKind getProcedure() {
        return procedure;
    }

    public PartyKind getParty() {
        return party;
    }

    public String getViolation() {
        return violation;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getDecisionDue() {
        return decisionDue;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Set<PenaltyKind> getKinds() {
        if (penaltyKinds == null || penaltyKinds.isBlank()) {
            return EnumSet.noneOf(PenaltyKind.class);
        }
        return Arrays.stream(penaltyKinds.split(",")).map(PenaltyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PenaltyKind.class)));
    }

    public BigDecimal getFine() {
        return fine;
    }

    public String getPenaltyContent() {
        return penaltyContent;
    }

    public boolean isSerious() {
        return serious;
    }

    public Long getLicenceId() {
        return licenceId;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public LocalDate getHearingRequestBy() {
        return hearingRequestBy;
    }

    public String getStatement() {
        return statement;
    }

    public LocalDate getHearingRequestedOn() {
        return hearingRequestedOn;
    }

    public LocalDate getHearingHeldOn() {
        return hearingHeldOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public LocalDate getPaymentDue() {
        return paymentDue;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

    public BigDecimal getSurcharge() {
        return surcharge;
    }

    public LocalDate getExecutedOn() {
        return executedOn;
    }

    public LocalDate getTransferredOn() {
        return transferredOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Set<Long> getOfficerIds() {
        return Set.copyOf(officerIds);
    }

    public List<ClockPause> getPauses() {
        return List.copyOf(pauses);
    }
}
