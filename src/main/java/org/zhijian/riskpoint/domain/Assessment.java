package org.zhijian.riskpoint.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.zhijian.system.BusinessRuleException;

/**
 * One assessment of a risk point. LS: likelihood and severity 1..5, R = L × S.
 * LEC: likelihood, exposure and consequence from the standard value tables, D = L × E × C;
 * the consequence C is carried in {@code severity}.
 */
public record Assessment(RiskMethod method, BigDecimal likelihood, BigDecimal exposure, BigDecimal severity) {

    /** LEC likelihood of an accident (L). */
    public static final List<BigDecimal> LEC_L = values("10", "6", "3", "1", "0.5", "0.2", "0.1");
    /** LEC frequency of exposure (E). */
    public static final List<BigDecimal> LEC_E = values("10", "6", "3", "2", "1", "0.5");
    /** LEC consequence (C). */
    public static final List<BigDecimal> LEC_C = values("100", "40", "15", "7", "3", "1");
    /** LS likelihood and severity. */
    public static final List<BigDecimal> LS_VALUES = values("1", "2", "3", "4", "5");

    public Assessment {
        if (method == null) {
            throw new BusinessRuleException("method", "risk.assessment.method.required");
        }
        likelihood = normal(likelihood);
        exposure = method == RiskMethod.LS ? null : normal(exposure);
        severity = normal(severity);
        if (method == RiskMethod.LS) {
            require(LS_VALUES, likelihood, "likelihood");
            require(LS_VALUES, severity, "severity");
        } else {
            require(LEC_L, likelihood, "likelihood");
            require(LEC_E, exposure, "exposure");
            require(LEC_C, severity, "severity");
        }
    }

    public static Assessment ls(int likelihood, int severity) {
        return new Assessment(RiskMethod.LS, BigDecimal.valueOf(likelihood), null, BigDecimal.valueOf(severity));
    }

    public static Assessment lec(String likelihood, String exposure, String consequence) {
        return new Assessment(RiskMethod.LEC, new BigDecimal(likelihood), new BigDecimal(exposure),
                new BigDecimal(consequence));
    }

    /** R (LS) or D (LEC). */
    public BigDecimal score() {
        BigDecimal s = likelihood.multiply(severity);
        if (method == RiskMethod.LEC) {
            s = s.multiply(exposure);
        }
        return s.setScale(2, RoundingMode.HALF_UP);
    }

    private static void require(List<BigDecimal> allowed, BigDecimal value, String field) {
        if (value == null || allowed.stream().noneMatch(v -> v.compareTo(value) == 0)) {
            throw new BusinessRuleException(field, "risk.assessment.value.invalid");
        }
    }

    private static BigDecimal normal(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> values(String... s) {
        return java.util.Arrays.stream(s).map(BigDecimal::new).toList();
    }
}
