package org.zhijian.riskpoint.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;

/**
 * The grading bands, one set per method, city-wide. Changing them regrades every risk point
 * assessed by that method and keeps a REGRADED row for each point whose grade moved.
 */
@Service
@Transactional(readOnly = true)
public class RiskBandService {

    public static final String ENTITY = "RiskBand";

    private final RiskBandRepository bands;
    private final RiskPointRepository points;
    private final RiskAssessmentRepository assessments;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessGuard guard;

    RiskBandService(RiskBandRepository bands, RiskPointRepository points, RiskAssessmentRepository assessments,
                    AuditTrail audit, Clock clock, AccessGuard guard) {
        this.bands = bands;
        this.points = points;
        this.assessments = assessments;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    public GradingBands bandsFor(RiskMethod method) {
        return new GradingBands(method, rows(method).stream()
                .map(RiskBand::toThreshold).toList());
    }

    /** The bands of a method, most severe grade first. */
    @Unscoped("the grading bands are city-wide: every user reads them")
    public List<RiskBand> rows(RiskMethod method) {
        return bands.findByMethodOrderByGrade(method).stream()
                .sorted(java.util.Comparator.comparing(RiskBand::getGrade)).toList();
    }

    /**
     * Replaces the thresholds of one method (city admins only) and regrades the points it
     * applies to. Returns how many points changed grade.
     */
    @Transactional
    @Unscoped("the city-wide bands: the role matrix (EDIT_RISK_BANDS, city admins) is the whole check")
    public int change(RiskMethod method, List<GradingBands.Threshold> thresholds) {
        guard.require(Action.EDIT_RISK_BANDS);
        GradingBands next = new GradingBands(method, thresholds);
        Map<RiskGrade, GradingBands.Threshold> byGrade = new EnumMap<>(RiskGrade.class);
        next.thresholds().forEach(t -> byGrade.put(t.grade(), t));
        String actor = CurrentUser.username();
        Instant now = clock.instant();
        Map<String, Object> before = describe(bandsFor(method));
        for (RiskBand row : rows(method)) {
            GradingBands.Threshold t = byGrade.get(row.getGrade());
            row.change(t.value(), t.inclusive(), actor, now);
        }
        audit.record(ENTITY, null, "UPDATE", null, before, describe(next), method.name());
        int moved = 0;
        for (RiskPoint p : points.findByMethod(method)) {
            RiskAssessment row = p.regrade(next, actor, now);
            if (row != null) {
                assessments.save(row);
                moved++;
            }
        }
        return moved;
    }

    private static Map<String, Object> describe(GradingBands b) {
        Map<String, Object> m = new LinkedHashMap<>();
        b.thresholds().forEach(t -> m.put("band." + t.grade().name(),
                (t.inclusive() ? ">=" : ">") + t.value().stripTrailingZeros().toPlainString()));
        return m;
    }
}
