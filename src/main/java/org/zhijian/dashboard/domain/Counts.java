package org.zhijian.dashboard.domain;

import org.zhijian.spotcheck.domain.PassRate;

/** A running sum of {@link RateCell}s, turned into the spot-check {@link PassRate} at the end. */
final class Counts {

    long sampled;
    long planned;
    long finals;
    long passed;

    Counts add(RateCell c) {
        sampled += c.sampled();
        planned += c.planned();
        finals += c.finals();
        passed += c.passed();
        return this;
    }

    PassRate rate() {
        return PassRate.of(finals, passed, 0, 0);
    }
}
