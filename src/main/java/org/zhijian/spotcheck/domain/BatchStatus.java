package org.zhijian.spotcheck.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a sampled batch stands. A passed batch is done; a failed one goes
 * through post-processing (后处理): notification, the objection window with an
 * optional re-test (复检) that may overturn the verdict, a rectification order
 * (整改), re-inspection (复查) and closing.
 */
public enum BatchStatus {
    /** 已抽样, awaiting results */
    SAMPLED,
    /** 合格 */
    PASSED,
    /** 不合格, enterprise not yet notified */
    FAILED,
    /** 已告知, objection window open or closed */
    NOTIFIED,
    /** 已申请复检 */
    RETEST_REQUESTED,
    /** 复检维持不合格 */
    RETEST_UPHELD,
    /** 复检改判合格 */
    OVERTURNED,
    /** 已责令整改 */
    RECTIFICATION_ORDERED,
    /** 已复查 */
    REINSPECTED,
    /** 已结案 */
    CLOSED;

    /** Where this status may go, as {@link BatchTransition}'s table says. */
    public Set<BatchStatus> allowedNext() {
        Set<BatchStatus> next = EnumSet.noneOf(BatchStatus.class);
        BatchTransition.from(this).forEach(t -> next.add(t.to()));
        return next;
    }

    public boolean canMoveTo(BatchStatus next) {
        return allowedNext().contains(next);
    }

    /** Statuses of failed batches still being followed up. */
    public static Set<BatchStatus> inPostProcessing() {
        return EnumSet.of(FAILED, NOTIFIED, RETEST_REQUESTED, RETEST_UPHELD, RECTIFICATION_ORDERED, REINSPECTED);
    }

    public String messageCode() {
        return "spotcheck.status." + name();
    }

    /** Sampled, its test results not yet entered. */
    public boolean isAwaitingResults() {
        return this == SAMPLED;
    }

    public boolean isNotified() {
        return this == NOTIFIED;
    }

    public boolean isRetestRequested() {
        return this == RETEST_REQUESTED;
    }
}
