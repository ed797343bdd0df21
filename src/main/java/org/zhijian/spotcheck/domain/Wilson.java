package org.zhijian.spotcheck.domain;

/**
 * The Wilson score interval of a proportion: unlike p ± z·√(p(1−p)/n) it stays
 * inside [0, 1] and is honest for small samples, where a district with 3 of 3
 * batches passed must not look better than one with 95 of 100.
 */
public record Wilson(double lower, double upper) {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    public static Wilson of(long successes, long trials) {
        return of(successes, trials, Z95);
    }

    public static Wilson of(long successes, long trials, double z) {
        if (trials <= 0) {
            return new Wilson(0, 1);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Wilson(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Whether this interval lies wholly below a rate (a district significantly worse than the city). */
    public boolean whollyBelow(double rate) {
        return upper < rate;
    }
}
