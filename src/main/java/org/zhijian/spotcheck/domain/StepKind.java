package org.zhijian.spotcheck.domain;

/** The dated steps of a batch's life, as they appear on the batch page and the enterprise timeline. */
public enum StepKind {
    SAMPLED, RESULTS_RECORDED, NOTIFIED, RETEST_REQUESTED, RETEST_RESULT, RECTIFICATION_ORDERED, REINSPECTED,
    CLOSED, PUBLISHED;

    public String messageCode() {
        return "spotcheck.step." + name();
    }
}
