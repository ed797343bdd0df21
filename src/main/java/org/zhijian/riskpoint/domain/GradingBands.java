package org.zhijian.riskpoint.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.zhijian.system.BusinessRuleException;

/**
 * The bands of one method: a score reaches a band when it is at (inclusive) or above its
 * threshold, and takes the most severe band it reaches. Computed here and nowhere else.
 */
public record GradingBands(RiskMethod method, List<Threshold> thresholds) {

    /** The lower edge of one grade. */
    public record Threshold(RiskGrade grade, BigDecimal value, boolean inclusive) {

        boolean reachedBy(BigDecimal score) {
            int c = score.compareTo(value);
            return c > 0 || (c == 0 && inclusive);
        }
    }

    public GradingBands {
        thresholds = thresholds.stream().sorted(Comparator.comparing(Threshold::grade)).toList();
        Map<RiskGrade, Threshold> byGrade = new EnumMap<>(RiskGrade.class);
        thresholds.forEach(t -> byGrade.put(t.grade(), t));
        if (byGrade.size() != RiskGrade.values().length) {
            throw new BusinessRuleException(null, "risk.band.incomplete");
        }
        for (int i = 1; i < thresholds.size(); i++) {
            if (thresholds.get(i - 1).value().compareTo(thresholds.get(i).value()) <= 0) {
                throw new BusinessRuleException("bands[" + i + "]", "risk.band.order",
                        thresholds.get(i - 1).value(), thresholds.get(i).value());
            }
        }
    }

    /** DOMAIN.md's defaults: LS 20–25 / 15–16 / 9–12 / 1–8; LEC &gt;320 / &gt;160 / &gt;70 / ≤70. */
    public static GradingBands defaults(RiskMethod method) {
        return method == RiskMethod.LS
                ? new GradingBands(method, List.of(t(RiskGrade.MAJOR, "20", true), t(RiskGrade.SIGNIFICANT, "15", true),
                        t(RiskGrade.GENERAL, "9", true), t(RiskGrade.LOW, "0", false)))
                : new GradingBands(method, List.of(t(RiskGrade.MAJOR, "320", false),
                        t(RiskGrade.SIGNIFICANT, "160", false), t(RiskGrade.GENERAL, "70", false),
                        t(RiskGrade.LOW, "0", false)));
    }

    public static Threshold t(RiskGrade grade, String value, boolean inclusive) {
        return new Threshold(grade, new BigDecimal(value), inclusive);
    }

    public RiskGrade grade(BigDecimal score) {
        return thresholds.stream().filter(t -> t.reachedBy(score)).map(Threshold::grade).findFirst()
                .orElse(RiskGrade.LOW);
    }

    public RiskGrade grade(Assessment assessment) {
        if (assessment.method() != method) {
            throw new IllegalArgumentException("bands for " + method + " cannot grade " + assessment.method());
        }
        return grade(assessment.score());
    }
}
