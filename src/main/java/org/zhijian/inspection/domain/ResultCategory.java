package org.zhijian.inspection.domain;

/**
 * The published result of an inspection (DOMAIN.md "Inspections"): 未发现问题; 未按规定公示应当公示的信息;
 * 发现问题已责令改正; 不配合检查情节严重; 未发现开展本次抽查涉及的经营活动; 发现问题待后续处理; 未找到该市场主体.
 */
public enum ResultCategory {
    NO_PROBLEM, INFO_NOT_DISCLOSED, ORDERED_TO_CORRECT, OBSTRUCTED, NO_ACTIVITY, PENDING_FOLLOW_UP, NOT_FOUND;

    /** Whether the inspection found something wrong (counted as a finding on the dashboards). */
    public boolean isFinding() {
        return this == INFO_NOT_DISCLOSED || this == ORDERED_TO_CORRECT || this == OBSTRUCTED
                || this == PENDING_FOLLOW_UP;
    }

    public String messageCode() {
        return "inspection.result." + name();
    }
}
