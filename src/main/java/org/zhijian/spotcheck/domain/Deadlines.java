package org.zhijian.spotcheck.domain;

/**
 * How long each post-processing step may take before it is flagged overdue.
 * The objection window is the law's 15 days (产品质量法 第十五条); the others are
 * defaults set in application properties (zhijian.spotcheck.*).
 */
public record Deadlines(int notifyWithinDays, int retestWithinDays, int orderWithinDays, int closeWithinDays) {

    public static final int OBJECTION_DAYS = 15;

    public static Deadlines defaults() {
        return new Deadlines(10, 30, 10, 10);
    }
}
