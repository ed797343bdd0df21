package org.zhijian.dashboard.domain;

import org.zhijian.spotcheck.domain.PassRate;
import org.zhijian.spotcheck.domain.Wilson;

/**
 * When the dashboard raises an early warning (风险预警). Two rules, both deliberately
 * conservative so that a warning means something:
 * <ul>
 * <li><b>Pass-rate drop</b>: a product or district whose pass rate this period lies
 * significantly below its own rate in the same period a year earlier: both periods
 * have at least {@code minBatches} final verdicts and the two 95 % Wilson intervals
 * do not overlap, the current one lying wholly below (current upper bound &lt;
 * previous lower bound). Non-overlapping 95 % intervals imply a two-proportion test
 * significant well beyond 5 %, so random wobble of small districts does not warn.</li>
 * <li><b>Hazard cluster</b>: at least {@code clusterSize} hidden hazards still open
 * that were found within the last {@code windowDays} days in one district and one
 * industry.</li>
 * </ul>
 */
public final class EarlyWarningRule {

    private EarlyWarningRule() {
    }

    public static boolean passRateDropped(PassRate now, int minBatches) {
        PassRate before = now.previous();
        if (before == null || now.batches() < minBatches || before.batches() < minBatches) {
            return false;
        }
        Wilson current = now.interval();
        Wilson previous = before.interval();
        return current.upper() < previous.lower();
    }

    public static boolean hazardsCluster(long openHazardsFoundInWindow, int clusterSize) {
        return openHazardsFoundInWindow >= clusterSize;
    }
}
