package org.zhijian.enforcement.domain;

/**
 * Where a case stands (案件状态): investigating (调查取证) → advance notice served (已告知) → hearing
 * requested / held (听证) → decided (已决定) → delivered (已送达) → executed (已执行) or transferred to
 * the judicial authorities (已移送) → closed (已结案). The moves are {@link CaseAction}s.
 */
public enum CaseStatus {
    INVESTIGATING, NOTIFIED, HEARING_REQUESTED, HEARING_HELD, DECIDED, DELIVERED, EXECUTED, TRANSFERRED, CLOSED;

    /** Before the decision: the 90-day clock runs. */
    public boolean isBeforeDecision() {
        return this == INVESTIGATING || this == NOTIFIED || this == HEARING_REQUESTED || this == HEARING_HELD;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String messageCode() {
        return "enforcement.case.status." + name();
    }
}
