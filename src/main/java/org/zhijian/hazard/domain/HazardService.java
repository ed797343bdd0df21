package org.zhijian.hazard.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.Roster;
import org.zhijian.enterprise.domain.ArchiveEvent;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.riskpoint.domain.CampaignCheck;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.document.DocumentNumbers;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.CurrentUser;

/**
 * Hidden hazards (隐患排查治理): recording with a rectification notice, the lifecycle moves, and the
 * escalation of overdue ones. Scoped through the enterprise's district.
 */
@Service
@Transactional(readOnly = true)
public class HazardService {

    public static final String ENTITY = "Hazard";
    public static final String ARCHIVE_CATEGORY = "HAZARD";

    /** The document kind of rectification notices (zhijian.document.number.hazard-notice.pattern). */
    public static final String NOTICE_KIND = "hazard-notice";

    private final HazardRepository hazards;
    private final HazardStepRepository steps;
    private final RiskPointService points;
    private final EnterpriseService enterprises;
    private final CampaignCheck campaigns;
    private final Roster roster;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;
    private final DocumentNumbers numbers;
    private final Districts districts;

    HazardService(HazardRepository hazards, HazardStepRepository steps, RiskPointService points,
                  EnterpriseService enterprises, CampaignCheck campaigns, Roster roster,
                  AuditTrail audit, ApplicationEventPublisher events, Clock clock, AccessGuard guard,
                  DocumentNumbers numbers, Districts districts) {
        this.numbers = numbers;
        this.districts = districts;
        this.hazards = hazards;
        this.steps = steps;
        this.points = points;
        this.enterprises = enterprises;
        this.campaigns = campaigns;
        this.roster = roster;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<Hazard> search(HazardQuery query, Pageable pageable) {
        HazardQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return hazards.findAll(scoped.toSpecification(today()), pageable);
    }

    public Hazard get(Long id) {
        Hazard h = hazards.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(h.getEnterprise().getId(), h.getEnterprise().getDistrictId(), ENTITY, id);
        return h;
    }

    public List<Hazard> ofEnterprise(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return hazards.findByEnterpriseId(enterpriseId);
    }

    /** Every hazard filed under a campaign, with its enterprise; unscoped, for the campaign to gather. */
    public List<Hazard> ofCampaign(Long campaignId) {
        return hazards.findByCampaignId(campaignId);
    }

    /** The moves the current user may make on this hazard now: the lifecycle's, filtered by the role matrix. */
    public List<HazardAction> actionsFor(Hazard h) {
        return HazardAction.availableFrom(h.getStatus()).stream().filter(a -> guard.may(a.permission())).toList();
    }

    public List<HazardStep> stepsOf(Long id) {
        get(id);
        return hazards.findSteps(id);
    }

    /** Open (not closed) hazards of an enterprise per level; for the classifier, unscoped. */
    public Map<HazardLevel, Long> openByLevel(Long enterpriseId) {
        Map<HazardLevel, Long> counts = new EnumMap<>(HazardLevel.class);
        for (HazardLevel l : HazardLevel.values()) {
            counts.put(l, 0L);
        }
        for (Object[] row : hazards.countOpenByLevel(enterpriseId)) {
            counts.put((HazardLevel) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Records a hazard once per submission key (the form's token): the same form sent again — a
     * draft kept on a phone without a connection, a retry after a lost answer — returns the hazard
     * already recorded (if the user may see it) instead of a second notice.
     */
    @Transactional
    public Hazard recordOnce(String submissionToken, HazardDetails details) {
        if (submissionToken == null || submissionToken.isBlank()) {
            return record(details);
        }
        String token = submissionToken.strip();
        var existing = hazards.findBySubmissionToken(token);
        if (existing.isPresent()) {
            return get(existing.get().getId());
        }
        Hazard h = record(details);
        h.submittedAs(token);
        hazards.flush();
        return h;
    }

    /** Records a hazard and issues its rectification notice (state NOTIFIED). */
    @Transactional
    public Hazard record(HazardDetails details) {
        guard.require(Action.RECORD_HAZARD);
        Enterprise enterprise = enterprises.get(details.enterpriseId());
        campaigns.checkOpenFor(details.campaignId(), enterprise);
        if (details.riskPointId() != null && !points.isOf(details.riskPointId(), enterprise.getId())) {
            throw new BusinessRuleException("riskPointId", "risk.hazard.riskPoint.otherEnterprise");
        }
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        // the notice's 文号 is taken in this transaction: a hazard that fails to save gives it back
        String number = numbers.next(NOTICE_KIND, enterprise.getDistrictId(),
                districts.get(enterprise.getDistrictId()).getCode(), LocalDate.now(clock).getYear()).text();
        Hazard h = hazards.saveAndFlush(new Hazard(enterprise, details, number, actor, now));
        steps.save(new HazardStep(h, "RECORD", null, HazardStatus.NOTIFIED, null, actor, now));
        hazards.flush();
        audit.record(ENTITY, h.getId(), "CREATE", enterprise.getDistrictId(), null, h.snapshot());
        events.publishEvent(ArchiveEvent.of(enterprise.getId(), now, ARCHIVE_CATEGORY, "archive.hazard.recorded",
                "/risk/hazards/" + h.getId(), h.getNoticeNumber(), "msg:" + h.getLevel().messageCode(),
                h.getDeadline()));
        events.publishEvent(new HazardChanged(h.getId(), enterprise.getId()));
        return h;
    }

    /** One move of the lifecycle; who may make it is the role matrix's ({@link HazardAction#permission()}). */
    @Transactional
    public Hazard perform(Long id, long expectedVersion, HazardAction action, String note) {
        AccessScope scope = guard.scope();
        guard.require(action.permission());
        Hazard h = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, h.getVersion(), h.snapshot());
        Map<String, Object> before = h.snapshot();
        HazardStep step = steps.save(h.perform(action, note, scope.username(), clock.instant()));
        hazards.flush();
        audit.record(ENTITY, id, "TRANSITION", h.getEnterprise().getDistrictId(), before, h.snapshot(),
                step.getFromStatus() + " -> " + step.getToStatus() + (step.getNote() == null ? "" : ": " + step.getNote()));
        events.publishEvent(ArchiveEvent.of(h.getEnterprise().getId(), step.getOccurredAt(), ARCHIVE_CATEGORY,
                "archive.hazard.step", "/risk/hazards/" + id, h.getNoticeNumber(), "msg:" + action.messageCode(),
                "msg:" + h.getStatus().messageCode()));
        events.publishEvent(new HazardChanged(id, h.getEnterprise().getId()));
        return h;
    }

    /**
     * Flags hazards that passed their deadline unrectified and tells the heads of their district.
     * Each hazard escalates once per notice; idempotent. Run daily by {@link HazardEscalationJob}.
     */
    @Transactional
    public int escalateOverdue(LocalDate today) {
        List<Long> overdue = hazards.findOverdueUnescalatedIds(today);
        for (Long id : overdue) {
            Hazard h = hazards.findById(id).orElseThrow();
            steps.save(h.escalate(CurrentUser.username(), clock.instant()));
            Long districtId = h.getEnterprise().getDistrictId();
            events.publishEvent(new HazardEscalated(id, h.getEnterprise().getId(), h.getNoticeNumber(),
                    h.getEnterprise().getName(), h.getDeadline(),
                    roster.headsOf(districtId).stream().map(User::getId).toList()));
            audit.record(ENTITY, id, "ESCALATE", districtId, null, null, h.getNoticeNumber());
            events.publishEvent(ArchiveEvent.of(h.getEnterprise().getId(), clock.instant(), ARCHIVE_CATEGORY,
                    "archive.hazard.escalated", "/risk/hazards/" + id, h.getNoticeNumber(), h.getDeadline()));
        }
        return overdue.size();
    }
}
