package org.zhijian.riskpoint.domain;

import java.time.Clock;
import java.util.EnumMap;
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
 * Risk points (风险点) and their assessments, scoped through the enterprise's district. Grades
 * come from {@link GradingBands}; every assessment leaves a history row.
 */
@Service
@Transactional(readOnly = true)
public class RiskPointService {

    public static final String ENTITY = "RiskPoint";
    public static final String ARCHIVE_CATEGORY = "RISK";

    private final RiskPointRepository points;
    private final RiskAssessmentRepository assessments;
    private final RiskBandService bands;
    private final EnterpriseService enterprises;
    private final CampaignCheck campaigns;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessGuard guard;

    RiskPointService(RiskPointRepository points, RiskAssessmentRepository assessments, RiskBandService bands,
                     EnterpriseService enterprises, CampaignCheck campaigns, AuditTrail audit,
                     ApplicationEventPublisher events, Clock clock, AccessGuard guard) {
        this.points = points;
        this.assessments = assessments;
        this.bands = bands;
        this.enterprises = enterprises;
        this.campaigns = campaigns;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.guard = guard;
    }

    public Page<RiskPoint> search(RiskPointQuery query, Pageable pageable) {
        RiskPointQuery scoped = query.withDistrict(guard.narrow(query.districtId()));
        return points.findAll(scoped.toSpecification(), pageable);
    }

    public RiskPoint get(Long id) {
        RiskPoint p = points.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkEnterprise(p.getEnterprise().getId(), p.getEnterprise().getDistrictId(), ENTITY, id);
        return p;
    }

    public List<RiskPoint> ofEnterprise(Long enterpriseId) {
        enterprises.visibleDistrictOf(enterpriseId);
        return points.findByEnterpriseId(enterpriseId);
    }

    /** Every risk point filed under a campaign, with its enterprise; unscoped, for the campaign to gather. */
    public List<RiskPoint> ofCampaign(Long campaignId) {
        return points.findByCampaignId(campaignId);
    }

    /** Whether the risk point exists and is the enterprise's; unscoped, the caller has checked the enterprise. */
    public boolean isOf(Long riskPointId, Long enterpriseId) {
        return points.findById(riskPointId).filter(p -> p.getEnterprise().getId().equals(enterpriseId)).isPresent();
    }

    public List<RiskAssessment> assessmentsOf(Long id) {
        get(id);
        return points.findAssessments(id);
    }

    /** Points per grade in the user's scope (or one district of it), most severe first. */
    public Map<RiskGrade, Long> countByGrade(Long districtId) {
        Map<RiskGrade, Long> counts = new EnumMap<>(RiskGrade.class);
        for (RiskGrade g : RiskGrade.values()) {
            counts.put(g, 0L);
        }
        for (Object[] row : points.countByGrade(guard.narrow(districtId))) {
            counts.put((RiskGrade) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Transactional
    public RiskPoint record(RiskPointDetails details) {
        guard.require(Action.RECORD_RISK_POINT);
        Enterprise enterprise = enterprises.get(details.enterpriseId());
        campaigns.checkOpenFor(details.campaignId(), enterprise);
        requireAssessment(details);
        String actor = CurrentUser.username();
        var now = clock.instant();
        RiskPoint p = new RiskPoint(enterprise, details, actor, now);
        RiskAssessment first = p.assess(details.assessment(), bands.bandsFor(details.assessment().method())
                .grade(details.assessment()), actor, now);
        points.save(p);
        assessments.save(first);
        audit.record(ENTITY, p.getId(), "CREATE", enterprise.getDistrictId(), null, p.snapshot());
        events.publishEvent(ArchiveEvent.of(enterprise.getId(), now, ARCHIVE_CATEGORY, "archive.risk.pointRecorded",
                "/risk/points/" + p.getId(), p.getPlaceName(), "msg:" + p.getGrade().messageCode()));
        return p;
    }

    /** Edits the description; a changed assessment is graded again and added to the history. */
    @Transactional
    public RiskPoint update(Long id, long expectedVersion, RiskPointDetails details) {
        guard.require(Action.RECORD_RISK_POINT);
        RiskPoint p = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, p.getVersion(), p.snapshot());
        if (!p.getEnterprise().getId().equals(details.enterpriseId())) {
            throw new BusinessRuleException("enterpriseId", "risk.point.enterpriseFixed");
        }
        requireAssessment(details);
        Map<String, Object> before = p.snapshot();
        String actor = CurrentUser.username();
        var now = clock.instant();
        p.describe(details, actor, now);
        if (!p.sameAssessment(details.assessment())) {
            RiskGrade previous = p.getGrade();
            assessments.save(p.assess(details.assessment(),
                    bands.bandsFor(details.assessment().method()).grade(details.assessment()), actor, now));
            events.publishEvent(ArchiveEvent.of(p.getEnterprise().getId(), now, ARCHIVE_CATEGORY,
                    "archive.risk.pointReassessed", "/risk/points/" + p.getId(), p.getPlaceName(),
                    "msg:" + previous.messageCode(), "msg:" + p.getGrade().messageCode()));
        }
        points.flush();
        audit.record(ENTITY, id, "UPDATE", p.getEnterprise().getDistrictId(), before, p.snapshot());
        return p;
    }

    private static void requireAssessment(RiskPointDetails details) {
        if (details.assessment() == null) {
            throw new BusinessRuleException("method", "risk.assessment.method.required");
        }
    }
}
