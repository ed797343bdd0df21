package org.zhijian.dashboard.domain;

/**
 * Counts of one month x district x product of a period: batches sampled, batches
 * sampled under a plan, batches with a final verdict and how many of them passed.
 * Every rate on a dashboard is a roll-up of these cells.
 */
public record RateCell(int year, int month, long districtId, long categoryId, long sampled, long planned,
                       long finals, long passed) {
}
