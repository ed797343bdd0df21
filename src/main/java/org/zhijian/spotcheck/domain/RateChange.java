package org.zhijian.spotcheck.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Percentage-point changes (百分点) between two rates, computed exactly and rounded half up to one decimal. */
public final class RateChange {

    private RateChange() {
    }

    public static BigDecimal points(long passed, long batches, long previousPassed, long previousBatches) {
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal now = BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(batches), mc);
        BigDecimal before = BigDecimal.valueOf(previousPassed).divide(BigDecimal.valueOf(previousBatches), mc);
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }
}
