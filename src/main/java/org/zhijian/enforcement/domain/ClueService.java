package org.zhijian.enforcement.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;

/**
 * Clues (案件线索): received from the other modules' events or entered by hand (another department's
 * transfer), verified within 15 working days (extendable once), decided by the head. Scoped through
 * the enterprise's district.
 */
@Service
@Transactional(readOnly = true)
public class ClueService {

    public static final String ENTITY = "Clue";
    public static final String ARCHIVE_CATEGORY = "ENFORCEMENT";

    private final ClueRepository clues;
    private final CaseService cases;
    private final EnterpriseService enterprises;
    private final ClueClock clueClock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;

    ClueService(ClueRepository clues, CaseService cases, EnterpriseService enterprises, ClueClock clueClock,
                AuditTrail audit, ApplicationEventPublisher events, Clock clock, AccessGuard guard) {
        this.clues = clues;
        this.cases = cases;
        this.enterprises = enterprises;
        this.clueClock = clueClock;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<Clue> search(ClueQuery query, Pageable pageable) {
        return clues.findAll(query.withDistrict(guard.narrow(query.districtId())).toSpecification(today()), pageable);
    }

    public Clue get(Long id) {
        Clue c = clues.findWithEnterprise(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(c.getEnterprise().getId(), c.getDistrictId(), ENTITY, id);
        return c;
    }

    /** The clues that came from one record (a batch, a hazard), those the user may see. */
    public List<Clue> fromSource(ClueSource source, Long sourceId) {
        return guard.visible(clues.findBySource(source, sourceId), Clue::getDistrictId);
    }

    /** Clues waiting for a decision in a district (null: the city), by deadline; for the to-do list, unscoped. */
    List<Clue> pendingIn(Long districtId) {
        return clues.findPending(districtId);
    }

    /**
     * A clue from another module's event (a final failure, a hazard, a finding, a complaint), as the
     * user whose action raised it; one pending clue per source record.
     */
    @Transactional
    public Clue receive(ClueSource source, Long sourceId, String sourceLabel, Long enterpriseId, String summary,
                        LocalDate receivedOn) {
        if (sourceId != null && clues.existsPending(source, sourceId)) {
            return null;
        }
        return save(enterprises.getUnscoped(enterpriseId), source, sourceId, sourceLabel, summary, receivedOn);
    }

    /** A clue entered by hand: another department's transfer (移送), with its letter's reference. */
    @Transactional
    public Clue recordTransfer(Long enterpriseId, String sourceLabel, String summary, LocalDate receivedOn) {
        guard.require(Action.RECORD_CASE);
        Enterprise e = enterprises.get(enterpriseId);
        if (summary == null || summary.isBlank()) {
            throw new BusinessRuleException("summary", "enforcement.clue.summary.required");
        }
        if (receivedOn == null || receivedOn.isAfter(today())) {
            throw new BusinessRuleException("receivedOn", "enforcement.date.inFuture");
        }
        return save(e, ClueSource.TRANSFER, null, sourceLabel, summary, receivedOn);
    }

    private Clue save(Enterprise e, ClueSource source, Long sourceId, String sourceLabel, String summary,
                      LocalDate receivedOn) {
        Instant now = clock.instant();
        Clue c = clues.saveAndFlush(new Clue(e, source, sourceId, sourceLabel,
                summary == null || summary.isBlank() ? "-" : summary, receivedOn, clueClock,
                CurrentUser.username(), now));
        audit.record(ENTITY, c.getId(), "CREATE", c.getDistrictId(), null, c.snapshot());
        events.publishEvent(ArchiveEvent.of(e.getId(), now, ARCHIVE_CATEGORY, "archive.enforcement.clue",
                "/enforcement/clues/" + c.getId(), c.getLabel(), "msg:" + c.getSourceMessageCode(), c.getVerifyBy()));
        events.publishEvent(new ClueReceived(c.getId(), e.getId(), c.getDistrictId(), source, sourceId, receivedOn,
                c.getVerifyBy()));
        return c;
    }

    /** The head approves 15 more working days of verification (once). */
    @Transactional
    public Clue extend(Long id, long expectedVersion, String reason) {
        guard.require(Action.DECIDE_CLUE);
        Clue c = checked(id, expectedVersion);
        Map<String, Object> before = c.snapshot();
        c.extend(reason, clueClock, CurrentUser.username(), clock.instant());
        clues.flush();
        audit.record(ENTITY, id, "EXTEND", c.getDistrictId(), before, c.snapshot(), reason);
        return c;
    }

    /** The head decides not to open a case, with reasons (不予立案). */
    @Transactional
    public Clue decline(Long id, long expectedVersion, String reason) {
        guard.require(Action.DECIDE_CLUE);
        Clue c = checked(id, expectedVersion);
        Map<String, Object> before = c.snapshot();
        c.decline(reason, today(), CurrentUser.username(), clock.instant());
        clues.flush();
        audit.record(ENTITY, id, "DECLINE", c.getDistrictId(), before, c.snapshot(), reason);
        events.publishEvent(ArchiveEvent.of(c.getEnterprise().getId(), clock.instant(), ARCHIVE_CATEGORY,
                "archive.enforcement.clueDeclined", "/enforcement/clues/" + id, c.getLabel(), reason));
        return c;
    }

    /** The head opens a case from the clue (立案): its 90-day decision clock starts. */
    @Transactional
    public EnforcementCase open(Long id, long expectedVersion, OpenCaseDetails details) {
        guard.require(Action.DECIDE_CLUE);
        Clue c = checked(id, expectedVersion);
        Map<String, Object> before = c.snapshot();
        LocalDate on = details.openedOn() == null ? today() : details.openedOn();
        if (on.isAfter(today()) || on.isBefore(c.getReceivedOn())) {
            throw new BusinessRuleException("openedOn", "enforcement.clue.openedOn.invalid");
        }
        EnforcementCase k = cases.openFrom(c, details, on);
        c.opened(k.getId(), details.reason(), on, CurrentUser.username(), clock.instant());
        clues.flush();
        audit.record(ENTITY, id, "OPEN_CASE", c.getDistrictId(), before, c.snapshot(), k.getCaseNumber());
        return k;
    }

    private Clue checked(Long id, long expectedVersion) {
        Clue c = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, c.getVersion(), c.snapshot());
        return c;
    }
}
