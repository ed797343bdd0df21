package org.zhijian.credit.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enforcement.domain.PenaltyDecided;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardChanged;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.spotcheck.domain.BatchFailedFinally;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * Every enterprise's credit record (信用记录) and the public penalty notices. The record is written
 * only from other modules' events (a penalty, a final spot-check failure, an accepted rectification)
 * and from the listing's own steps; each source gives one line, so a repeated event adds nothing.
 */
@Service
@Transactional(readOnly = true)
public class CreditService {

    public static final String ENTRY = "CreditEntry";
    public static final String NOTICE = "PenaltyNotice";
    public static final String ARCHIVE_CATEGORY = "CREDIT";

    private final CreditEntryRepository entries;
    private final PenaltyNoticeRepository notices;
    private final EnterpriseService enterprises;
    private final HazardService hazards;
    private final CreditRules rules;
    private final ListingTerms terms;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;

    CreditService(CreditEntryRepository entries, PenaltyNoticeRepository notices, EnterpriseService enterprises,
                  HazardService hazards, CreditRules rules, WorkingDayCalendar calendar, AuditTrail audit,
                  ApplicationEventPublisher events, Clock clock, AccessGuard guard) {
        this.entries = entries;
        this.notices = notices;
        this.enterprises = enterprises;
        this.hazards = hazards;
        this.rules = rules;
        this.terms = new ListingTerms(calendar, rules);
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The credit record of an enterprise the current user may see, newest first. */
    public List<CreditEntry> recordOf(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return entries.findByEnterpriseIdOrderByOccurredOnDescIdDesc(enterpriseId);
    }

    /** The penalty notices of an enterprise the current user may see, newest first. */
    public List<PenaltyNotice> noticesOf(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return notices.findByEnterpriseIdOrderByDecidedOnDesc(enterpriseId);
    }

    /** Penalty notices in the user's scope (for the internal list and export), newest decision first. */
    public Page<PenaltyNotice> searchNotices(Long districtId, Pageable pageable) {
        return notices.search(guard.narrow(districtId), pageable);
    }

    /** What the public pages show: notices published and not yet past their period, newest first. */
    @Unscoped("public penalty notices (行政处罚信息公示): the published fields only, readable without login")
    public List<PublicPenalty> publicNotices(int max) {
        return notices.findPublic(today(), PageRequest.of(0, max)).stream().map(PublicPenalty::of).toList();
    }

    /** How many penalty lines the credit record holds (the demo checks it has a few). */
    @Unscoped("a count over the whole city, for the demo loader")
    public long penaltyCount() {
        return entries.countByKind(CreditEntryKind.PENALTY);
    }

    /**
     * A penalty decision: a line on the record and the public notice, published at once (the
     * decision is the publish action). The notice is flagged late when the decision reached credit
     * after the 20-working-day window (a decision recorded after the fact).
     */
    @EventListener
    @Transactional
    public void onPenaltyDecided(PenaltyDecided e) {
        Enterprise enterprise = enterprises.getUnscoped(e.enterpriseId());
        String link = "/credit/enterprises/" + enterprise.getId();
        addLine(enterprise, CreditEntryKind.PENALTY, e.decidedOn(), e.documentNumber(), e.penaltyContent(),
                "EnforcementCase", e.caseId(), link);
        if (notices.existsByCaseId(e.caseId())) {
            return;
        }
        LocalDate today = today();
        LocalDate publishedOn = today.isBefore(e.decidedOn()) ? e.decidedOn() : today;
        int months = PenaltyNotice.warningOnly(e.kinds()) ? rules.getWarningPublicMonths()
                : rules.getOtherPublicMonths();
        PenaltyNotice n = notices.saveAndFlush(new PenaltyNotice(e, enterprise, terms.publishBy(e.decidedOn()),
                publishedOn, publishedOn.plusMonths(months), CurrentUser.username(), clock.instant()));
        audit.record(NOTICE, n.getId(), "PUBLISH", n.getDistrictId(), null, n.snapshot());
    }

    /** A final spot-check failure goes on the record. */
    @EventListener
    @Transactional
    public void onBatchFailedFinally(BatchFailedFinally e) {
        Enterprise enterprise = enterprises.getUnscoped(e.enterpriseId());
        addLine(enterprise, CreditEntryKind.FAILED_SPOT_CHECK, e.finalOn(), e.formNumber(), null, "SamplingBatch",
                e.batchId(), "/spotchecks/batches/" + e.batchId());
    }

    /** A rectification accepted (or the hazard struck off) goes on the record, once per hazard. */
    @EventListener
    @Transactional
    public void onHazardChanged(HazardChanged e) {
        if (entries.existsByKindAndSourceTypeAndSourceId(CreditEntryKind.RECTIFICATION, HazardService.ENTITY,
                e.hazardId())) {
            return;
        }
        Hazard h = hazards.get(e.hazardId());
        if (h.getStatus() == HazardStatus.ACCEPTED || h.getStatus() == HazardStatus.CLOSED) {
            addLine(h.getEnterprise(), CreditEntryKind.RECTIFICATION, today(), h.getNoticeNumber(), null,
                    HazardService.ENTITY, h.getId(), "/risk/hazards/" + h.getId());
        }
    }

    /** What a listing proposed from a case says: the penalty decision's number and violation, when known. */
    String caseSummary(Long caseId) {
        return notices.findByCaseId(caseId).map(n -> n.getDocumentNumber() + " " + n.getViolation())
                .orElse("CASE-" + caseId);
    }

    /** A line from a listing step (listing, repair, expiry); package-private for the listing service. */
    void addListingLine(Listing l, CreditEntryKind kind, LocalDate on) {
        addLine(l.getEnterprise(), kind, on, l.getDecisionNumber(), null, ListingService.ENTITY, l.getId(),
                "/credit/listings/" + l.getId());
    }

    private void addLine(Enterprise enterprise, CreditEntryKind kind, LocalDate on, String reference, String summary,
                         String sourceType, Long sourceId, String link) {
        if (entries.existsByKindAndSourceTypeAndSourceId(kind, sourceType, sourceId)) {
            return;
        }
        Instant now = clock.instant();
        CreditEntry line = entries.saveAndFlush(new CreditEntry(enterprise.getId(), enterprise.getDistrictId(), kind,
                on, reference, summary, sourceType, sourceId, link, CurrentUser.username(), now));
        audit.record(ENTRY, line.getId(), "CREATE", enterprise.getDistrictId(), null, line.snapshot());
        events.publishEvent(ArchiveEvent.of(enterprise.getId(), now, ARCHIVE_CATEGORY, "archive.credit.line",
                "/credit/enterprises/" + enterprise.getId(), "msg:" + kind.messageCode(),
                reference == null ? "" : reference, on));
    }
}
