package org.zhijian.enforcement.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhijian.system.security.Action;

/**
 * The steps of a case (the statutory procedure), each allowed only from the states listed, so no step
 * is skipped; a step that keeps the state (a statement, a pause of the clock, an extension) has no
 * target. Officers record the field steps; the head approves extensions, transfers and closing.
 */
public enum CaseAction {
    ISSUE_NOTICE(CaseStatus.NOTIFIED, Action.RECORD_CASE, CaseStatus.INVESTIGATING),
    RECORD_STATEMENT(null, Action.RECORD_CASE, CaseStatus.NOTIFIED),
    REQUEST_HEARING(CaseStatus.HEARING_REQUESTED, Action.RECORD_CASE, CaseStatus.NOTIFIED),
    HOLD_HEARING(CaseStatus.HEARING_HELD, Action.RECORD_CASE, CaseStatus.HEARING_REQUESTED),
    PAUSE_CLOCK(null, Action.RECORD_CASE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_HELD),
    RESUME_CLOCK(null, Action.RECORD_CASE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_HELD),
    EXTEND(null, Action.APPROVE_CASE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED, CaseStatus.HEARING_REQUESTED,
            CaseStatus.HEARING_HELD),
    DECIDE(CaseStatus.DECIDED, Action.RECORD_CASE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED,
            CaseStatus.HEARING_HELD),
    DELIVER(CaseStatus.DELIVERED, Action.RECORD_CASE, CaseStatus.DECIDED),
    EXECUTE(CaseStatus.EXECUTED, Action.RECORD_CASE, CaseStatus.DELIVERED),
    TRANSFER(CaseStatus.TRANSFERRED, Action.APPROVE_CASE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED,
            CaseStatus.HEARING_REQUESTED, CaseStatus.HEARING_HELD, CaseStatus.DELIVERED, CaseStatus.EXECUTED),
    CLOSE(CaseStatus.CLOSED, Action.APPROVE_CASE, CaseStatus.EXECUTED, CaseStatus.TRANSFERRED),
    CLOSE_WITHOUT_PENALTY(CaseStatus.CLOSED, Action.APPROVE_CASE, CaseStatus.INVESTIGATING, CaseStatus.NOTIFIED,
            CaseStatus.HEARING_HELD);

    private final CaseStatus to;
    private final Action permission;
    private final Set<CaseStatus> from;

    CaseAction(CaseStatus to, Action permission, CaseStatus first, CaseStatus... rest) {
        this.to = to;
        this.permission = permission;
        this.from = EnumSet.of(first, rest);
    }

    /** The state after the step: the target, or the same state for a step that keeps it. */
    public CaseStatus target(CaseStatus current) {
        return to == null ? current : to;
    }

    public boolean allowedFrom(CaseStatus s) {
        return from.contains(s);
    }

    public Action permission() {
        return permission;
    }

    public static List<CaseAction> availableFrom(CaseStatus s) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(s)).toList();
    }

    public String messageCode() {
        return "enforcement.case.action." + name();
    }
}
