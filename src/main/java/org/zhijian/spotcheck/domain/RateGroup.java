package org.zhijian.spotcheck.domain;

/**
 * One group of a grouped pass rate (a district, a product, a month): its key,
 * its label in the viewer's language, its rate, and whether its Wilson interval
 * lies wholly below the rate of the whole slice (a significantly worse group).
 */
public record RateGroup(Object key, String label, PassRate rate, boolean belowOverall) {
}
