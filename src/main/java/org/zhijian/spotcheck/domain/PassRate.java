package org.zhijian.spotcheck.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A pass rate (抽样合格率) over a slice: qualified batches over batches with a
 * final verdict, with the numbers behind it, its 95 % Wilson interval and the
 * change against the same period a year earlier (null when there was nothing
 * to compare with).
 */
public record PassRate(long batches, long passed, long enterprises, long products, Wilson interval,
                       PassRate previous) {

    public static PassRate of(long batches, long passed, long enterprises, long products) {
        return new PassRate(batches, passed, enterprises, products, Wilson.of(passed, batches), null);
    }

    public static PassRate empty() {
        return of(0, 0, 0, 0);
    }

    public PassRate withPrevious(PassRate earlier) {
        return new PassRate(batches, passed, enterprises, products, interval, earlier);
    }

    public boolean isEmpty() {
        return batches == 0;
    }

    public long failed() {
        return batches - passed;
    }

    /** The rate as a fraction, NaN when there is no final verdict in the slice. */
    public double rate() {
        return batches == 0 ? Double.NaN : (double) passed / batches;
    }

    /** The rate in percent, one decimal (90.6). */
    public BigDecimal percent() {
        return isEmpty() ? null : percent(passed, batches);
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal lowerPercent() {
        return isEmpty() ? null : BigDecimal.valueOf(interval.lower() * 100).setScale(1, RoundingMode.HALF_UP);
    }

    public BigDecimal upperPercent() {
        return isEmpty() ? null : BigDecimal.valueOf(interval.upper() * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Change against the same period a year earlier, in percentage points with
     * one decimal, from the exact rates (not from the rounded percentages).
     */
    public BigDecimal changePoints() {
        if (previous == null || previous.isEmpty() || isEmpty()) {
            return null;
        }
        return RateChange.points(passed, batches, previous.passed, previous.batches);
    }
}
