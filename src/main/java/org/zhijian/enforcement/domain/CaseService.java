package org.zhijian.enforcement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.Roster;
import org.zhijian.account.domain.User;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.IncidentKind;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.document.DocumentNumbers;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Role;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * Penalty cases (行政处罚案件): opening from a clue or on the spot, every statutory step with its
 * deadline, evidence with checksums, and the effects of a decision on the other records (the licence
 * moves through its own lifecycle, the violation feeds the classification at once, credit hears of it).
 * Scoped through the enterprise's district.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    public static final String ENTITY = "EnforcementCase";
    public static final String ARCHIVE_CATEGORY = ClueService.ARCHIVE_CATEGORY;

    private final CaseRepository cases;
    private final CaseStepRepository steps;
    private final EvidenceRepository evidence;
    /** Sequences of case numbers (立案号) and decision numbers (处罚决定书文号) in {@link DocumentNumbers}. */
    static final String CASE_NUMBERS = "enforcement-case";
    static final String DECISION_NUMBERS = "enforcement-decision";

    private final DocumentNumbers numbers;
    private final EnterpriseService enterprises;
    private final LicenceService licences;
    private final ClassificationService classification;
    private final Districts districts;
    private final Roster roster;
    private final PenaltyRules rules;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;
    private final String cityAbbreviation;
    private final String caseNumberPattern;
    private final String decisionNumberPattern;

    CaseService(CaseRepository cases, CaseStepRepository steps, EvidenceRepository evidence, DocumentNumbers numbers,
                EnterpriseService enterprises, LicenceService licences, ClassificationService classification,
                Districts districts, Roster roster, PenaltyRules rules, WorkingDayCalendar calendar,
                AuditTrail audit, ApplicationEventPublisher events, Clock clock, AccessGuard guard,
                @Value("${zhijian.enforcement.city-abbreviation:T}") String cityAbbreviation,
                @Value("${zhijian.enforcement.case-number-pattern:{0}-C-{1}-{2}}") String caseNumberPattern,
                @Value("${zhijian.enforcement.decision-number-pattern:{0}-D-{1}-{2}}") String decisionNumberPattern) {
        this.cases = cases;
        this.steps = steps;
        this.evidence = evidence;
        this.numbers = numbers;
        this.enterprises = enterprises;
        this.licences = licences;
        this.classification = classification;
        this.districts = districts;
        this.roster = roster;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
        this.cityAbbreviation = cityAbbreviation;
        this.caseNumberPattern = caseNumberPattern;
        this.decisionNumberPattern = decisionNumberPattern;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PenaltyRules rules() {
        return rules;
    }

    public Page<EnforcementCase> search(CaseQuery query, Pageable pageable) {
        Page<EnforcementCase> page = cases.findAll(query.withDistrict(guard.narrow(query.districtId()))
                .toSpecification(today()), pageable);
        page.forEach(CaseService::loaded);
        return page;
    }

    /** Officers and pauses are read after the transaction (pages, API answers): load them now, in batches. */
    private static EnforcementCase loaded(EnforcementCase k) {
        k.getOfficerIds();
        k.getPauses();
        return k;
    }

    public EnforcementCase get(Long id) {
        EnforcementCase k = cases.findWithEnterprise(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(k.getEnterprise().getId(), k.getDistrictId(), ENTITY, id);
        return loaded(k);
    }

    public List<CaseStep> stepsOf(Long id) {
        get(id);
        return cases.findSteps(id);
    }

    public List<EnforcementCase> ofEnterprise(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return cases.findByEnterpriseId(enterpriseId);
    }

    /** The cases opened from these clues, those the user may see. */
    public List<EnforcementCase> fromClues(List<Long> clueIds) {
        return clueIds.isEmpty() ? List.of()
                : guard.visible(cases.findByClueIds(clueIds), EnforcementCase::getDistrictId);
    }

    /** The steps the current user may take on this case now: the procedure's, filtered by the role matrix. */
    public List<CaseAction> actionsFor(EnforcementCase k) {
        return CaseAction.availableFrom(k.getStatus()).stream()
                .filter(a -> a != CaseAction.DECIDE || k.getProcedure() == ProcedureKind.GENERAL
                        || k.getStatus() == CaseStatus.INVESTIGATING)
                .filter(a -> guard.may(a.permission())).toList();
    }

    /** The officers a case of this district may have: inspectors of the district and of the city. */
    public List<User> possibleOfficers(Long districtId) {
        guard.checkDistrict(districtId, "District", districtId);
        return roster.samplersFor(districtId);
    }

    /** For the to-do list and the figures, unscoped: cases of a district (null: the city) with a deadline. */
    List<EnforcementCase> withDeadline(Long districtId) {
        return cases.findWithDeadline(districtId);
    }

    List<EnforcementCase> inStatuses(List<CaseStatus> statuses, Long districtId) {
        return cases.findInStatuses(statuses, districtId);
    }

    /** Every case in the user's scope (or the district asked for), for the statistics page. */
    public List<EnforcementCase> forFigures(Long districtId) {
        return cases.findForFigures(guard.narrow(districtId));
    }

    EnforcementCase openFrom(Clue clue, OpenCaseDetails d, LocalDate on) {
        return open(clue.getId(), clue.getEnterprise(), ProcedureKind.GENERAL,
                d.party() == null ? PartyKind.ORGANISATION : d.party(), d.violation(), d.legalBasis(),
                d.officerIds(), on);
    }

    /** The simple procedure (当场处罚): a case opened and decided on the spot, then delivered at once. */
    @Transactional
    public EnforcementCase decideOnTheSpot(SimpleCaseDetails d) {
        guard.require(Action.RECORD_CASE);
        Enterprise e = enterprises.get(d.enterpriseId());
        LocalDate on = d.decidedOn() == null ? today() : d.decidedOn();
        PartyKind party = d.party() == null ? PartyKind.ORGANISATION : d.party();
        if (!rules.allowsSimpleProcedure(d.kinds() == null ? Set.of() : d.kinds(), d.fine(), party)) {
            throw new BusinessRuleException("fine", "enforcement.case.simple.limit");
        }
        EnforcementCase k = open(null, e, ProcedureKind.SIMPLE, party, d.violation(), d.legalBasis(),
                d.officerIds(), on);
        perform(k.getId(), k.getVersion(), new CaseCommand(CaseAction.DECIDE, on, null, d.kinds(), d.fine(),
                d.penaltyContent(), null, null, null));
        return perform(k.getId(), k.getVersion(), CaseCommand.of(CaseAction.DELIVER, on, null));
    }

    private EnforcementCase open(Long clueId, Enterprise e, ProcedureKind procedure, PartyKind party,
                                 String violation, String legalBasis, Set<Long> officerIds, LocalDate on) {
        checkOfficers(officerIds, e.getDistrictId());
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        String number = number(caseNumberPattern, e.getDistrictId(), on.getYear(), CASE_NUMBERS);
        EnforcementCase k = cases.saveAndFlush(new EnforcementCase(number, clueId, e, procedure, party, violation,
                legalBasis, officerIds, on, actor, now));
        steps.save(new CaseStep(k, "OPEN", null, k.getStatus(), on, null, actor, now));
        cases.flush();
        audit.record(ENTITY, k.getId(), "CREATE", k.getDistrictId(), null, k.snapshot());
        events.publishEvent(ArchiveEvent.of(e.getId(), now, ARCHIVE_CATEGORY, "archive.enforcement.opened",
                link(k), k.getCaseNumber(), k.getDecisionDue()));
        events.publishEvent(new CaseOpened(k.getId(), clueId, e.getId(), k.getDistrictId(), number, on));
        return k;
    }

    private void checkOfficers(Set<Long> officerIds, Long districtId) {
        if (officerIds == null || officerIds.size() < 2) {
            throw new BusinessRuleException("officerIds", "enforcement.case.twoOfficers");
        }
        List<User> users = roster.byIds(officerIds);
        boolean all = users.size() == officerIds.size() && users.stream().allMatch(u -> u.getRole() == Role.INSPECTOR
                && u.isEnabled() && (u.getDistrictId() == null || u.getDistrictId().equals(districtId)));
        if (!all) {
            throw new BusinessRuleException("officerIds", "enforcement.case.officers.invalid");
        }
    }

    private String number(String pattern, Long districtId, int year, String kind) {
        // the shared gap-free sequence (system.document); the text keeps enforcement's own pattern, whose
        // district part is the first character of the district's name rather than its code
        var district = districts.get(districtId);
        long n = numbers.next(kind, districtId, district.getCode(), year).seq();
        String name = district.getNameZh();
        String abbr = cityAbbreviation + (name == null || name.isEmpty() ? "" : name.substring(0, 1));
        return pattern.replace("{0}", abbr).replace("{1}", Integer.toString(year)).replace("{2}", Long.toString(n));
    }

    /** One step of the procedure; who may take it is the role matrix's ({@link CaseAction#permission()}). */
    @Transactional
    public EnforcementCase perform(Long id, long expectedVersion, CaseCommand c) {
        if (c.action() == null) {
            throw new BusinessRuleException("action", "enforcement.case.action.required");
        }
        guard.require(c.action().permission());
        EnforcementCase k = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, k.getVersion(), k.snapshot());
        Map<String, Object> before = k.snapshot();
        EnforcementCase.Context ctx = new EnforcementCase.Context(rules, calendar, today());
        if (c.licenceId() != null) {
            if (!licences.get(c.licenceId()).getEnterprise().getId().equals(k.getEnterprise().getId())) {
                throw new BusinessRuleException("licenceId", "enforcement.case.licence.otherEnterprise");
            }
        }
        String documentNumber = null;
        if (c.action() == CaseAction.DECIDE) {
            k.checkDecision(c, ctx);
            documentNumber = number(decisionNumberPattern, k.getDistrictId(), c.occurredOn().getYear(),
                    DECISION_NUMBERS);
        }
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        CaseStep step = steps.save(k.perform(c, documentNumber, ctx, actor, now));
        cases.flush();
        audit.record(ENTITY, id, "STEP", k.getDistrictId(), before, k.snapshot(),
                c.action() + ": " + step.getFromStatus() + " -> " + step.getToStatus()
                        + (step.getNote() == null ? "" : ": " + step.getNote()));
        events.publishEvent(ArchiveEvent.of(k.getEnterprise().getId(), now, ARCHIVE_CATEGORY,
                "archive.enforcement.step", link(k), k.getCaseNumber(), "msg:" + c.action().messageCode(),
                "msg:" + k.getStatus().messageCode()));
        switch (c.action()) {
            case DECIDE -> onDecision(k);
            case CLOSE, CLOSE_WITHOUT_PENALTY -> events.publishEvent(new CaseClosed(k.getId(),
                    k.getEnterprise().getId(), k.getDistrictId(), k.isSerious() && k.getDecidedOn() != null,
                    k.getClosedOn()));
            default -> {
            }
        }
        return k;
    }

    /** The effects of a decision on the other records, in the same transaction. */
    private void onDecision(EnforcementCase k) {
        String reason = k.getDocumentNumber() + " " + k.getPenaltyContent();
        String basis = k.getLegalBasis() + " " + k.getDocumentNumber();
        if (k.getLicenceId() != null && k.isLicencePenalty()) {
            LicenceStatus next = k.getKinds().contains(PenaltyKind.LICENCE_REVOCATION) ? LicenceStatus.CANCELLED
                    : LicenceStatus.SUSPENDED;
            licences.applyPenalty(k.getLicenceId(), k.getEnterprise().getId(), next, cut(reason, 500),
                    cut(basis, 300));
        }
        classification.recordIncident(k.getEnterprise().getId(), IncidentKind.VIOLATION, k.getDecidedOn(),
                cut(k.getDocumentNumber() + " " + k.getViolation(), 500));
        events.publishEvent(new PenaltyDecided(k.getId(), k.getEnterprise().getId(), k.getDistrictId(),
                k.getDocumentNumber(), k.getKinds(), k.getFine(), k.isSerious(), k.getDecidedOn(), k.getViolation(),
                k.getLegalBasis(), k.getPenaltyContent()));
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    private static String link(EnforcementCase k) {
        return "/enforcement/cases/" + k.getId();
    }

    public List<EvidenceInfo> evidenceOf(Long id) {
        get(id);
        return evidence.findInfoByCaseId(id);
    }

    /** Evidence on a case, with its SHA-256; the case must not be closed. */
    @Transactional
    public EvidenceInfo addEvidence(Long id, EvidenceKind kind, String fileName, String contentType, byte[] data) {
        guard.require(Action.RECORD_CASE);
        EnforcementCase k = get(id);
        if (k.getStatus() == CaseStatus.CLOSED) {
            throw new BusinessRuleException("file", "enforcement.evidence.closed");
        }
        if (kind == null) {
            throw new BusinessRuleException("kind", "enforcement.evidence.kind.required");
        }
        String type = Evidence.check(contentType, data);
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        Evidence e = evidence.save(new Evidence(id, kind, name, type, data, CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, id, "EVIDENCE", k.getDistrictId(), null,
                Map.of("evidence", name, "kind", kind.name(), "bytes", data.length, "sha256", e.getSha256()));
        return new EvidenceInfo(e.getId(), e.getKind(), e.getFileName(), e.getContentType(), e.getSizeBytes(),
                e.getSha256(), e.getUploadedAt(), e.getUploadedBy());
    }

    public Evidence evidence(Long id, Long evidenceId) {
        get(id);
        Evidence e = evidence.findById(evidenceId).filter(x -> x.getCaseId().equals(id))
                .orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        e.getData();
        return e;
    }

    /** Figures of the cases in the user's scope (or one district): opened, closed, overdue, fines, by district and month. */
    public EnforcementFigures figures(Long districtId) {
        return EnforcementFigures.of(forFigures(districtId), today());
    }
}
