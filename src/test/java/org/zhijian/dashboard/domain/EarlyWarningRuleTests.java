package org.zhijian.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhijian.spotcheck.domain.PassRate;

/** The early-warning rules on hand-computed Wilson intervals. */
class EarlyWarningRuleTests {

    private static PassRate rate(long passed, long batches, long previousPassed, long previousBatches) {
        return PassRate.of(batches, passed, 0, 0).withPrevious(PassRate.of(previousBatches, previousPassed, 0, 0));
    }

    @Test
    void aDropWhoseIntervalsDoNotOverlapWarns() {
        // 28/40: 0.5457 .. 0.8193; 38/40: 0.8350 .. 0.9862 -> no overlap
        assertThat(EarlyWarningRule.passRateDropped(rate(28, 40, 38, 40), 20)).isTrue();
    }

    @Test
    void aDropWithinOverlappingIntervalsDoesNot() {
        // 30/40: 0.5981 .. 0.8581 overlaps 0.8350 .. 0.9862
        assertThat(EarlyWarningRule.passRateDropped(rate(30, 40, 38, 40), 20)).isFalse();
    }

    @Test
    void smallSamplesAndRisesNeverWarn() {
        // 0 of 5 against 5 of 5 does not overlap, but 5 batches are below the minimum
        assertThat(EarlyWarningRule.passRateDropped(rate(0, 5, 5, 5), 20)).isFalse();
        assertThat(EarlyWarningRule.passRateDropped(rate(0, 5, 5, 5), 5)).isTrue();
        assertThat(EarlyWarningRule.passRateDropped(rate(38, 40, 28, 40), 20)).isFalse();
        assertThat(EarlyWarningRule.passRateDropped(PassRate.of(40, 28, 0, 0), 20)).isFalse();
    }

    @Test
    void hazardsClusterFromTheThresholdOn() {
        assertThat(EarlyWarningRule.hazardsCluster(4, 5)).isFalse();
        assertThat(EarlyWarningRule.hazardsCluster(5, 5)).isTrue();
    }
}
