package org.zhijian.catalogue.domain;

import java.math.BigDecimal;
import org.zhijian.system.BusinessRuleException;

/**
 * The limit a test item is judged against. Limits are inclusive, as standards
 * write them ("≤ 0.124 mg/m³" passes at exactly 0.124).
 */
public record Limit(LimitKind kind, BigDecimal lower, BigDecimal upper) {

    public Limit {
        if (kind == null) {
            throw new BusinessRuleException("limitKind", "catalogue.limit.kindRequired");
        }
        boolean ok = switch (kind) {
            case MAX -> upper != null && lower == null;
            case MIN -> lower != null && upper == null;
            case RANGE -> lower != null && upper != null && lower.compareTo(upper) <= 0;
            case PASS_FAIL -> lower == null && upper == null;
        };
        if (!ok) {
            throw new BusinessRuleException("limitKind", "catalogue.limit.inconsistent");
        }
    }

    public static Limit max(String upper) {
        return new Limit(LimitKind.MAX, null, new BigDecimal(upper));
    }

    public static Limit min(String lower) {
        return new Limit(LimitKind.MIN, new BigDecimal(lower), null);
    }

    public static Limit range(String lower, String upper) {
        return new Limit(LimitKind.RANGE, new BigDecimal(lower), new BigDecimal(upper));
    }

    public static Limit passFail() {
        return new Limit(LimitKind.PASS_FAIL, null, null);
    }

    /** Judges a measured value; a qualitative item needs {@link #judge(boolean)} instead. */
    public Judgement judge(BigDecimal value) {
        if (value == null || !kind.isNumeric()) {
            throw new BusinessRuleException("value", "spotcheck.result.valueRequired");
        }
        boolean pass = switch (kind) {
            case MAX -> value.compareTo(upper) <= 0;
            case MIN -> value.compareTo(lower) >= 0;
            case RANGE -> value.compareTo(lower) >= 0 && value.compareTo(upper) <= 0;
            case PASS_FAIL -> throw new IllegalStateException();
        };
        return pass ? Judgement.PASS : Judgement.FAIL;
    }

    /** Judges a qualitative check (e.g. 标志标识, 外观): the tester's own pass/fail. */
    public Judgement judge(boolean conforming) {
        if (kind.isNumeric()) {
            throw new BusinessRuleException("value", "spotcheck.result.numberRequired");
        }
        return conforming ? Judgement.PASS : Judgement.FAIL;
    }

    /** "≤ 0.124", "≥ 60", "6.0–8.5" or "" for pass/fail, for tables and exports. */
    public String display() {
        return switch (kind) {
            case MAX -> "≤ " + upper.stripTrailingZeros().toPlainString();
            case MIN -> "≥ " + lower.stripTrailingZeros().toPlainString();
            case RANGE -> lower.stripTrailingZeros().toPlainString() + "–" + upper.stripTrailingZeros().toPlainString();
            case PASS_FAIL -> "";
        };
    }
}
