package org.zhijian.hazard.domain;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.Action;

/** The moves of the hazard state machine, each from exactly one state, with the role-matrix action it takes. */
public enum HazardAction {
    /** The enterprise reports the rectification, with evidence. */
    RECTIFY(HazardStatus.NOTIFIED, HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, true, Action.RECORD_HAZARD_RECTIFICATION),
    /** The bureau accepts the rectification (验收). */
    ACCEPT(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, HazardStatus.ACCEPTED, false, Action.REVIEW_HAZARD),
    /** The bureau rejects it, with a reason: back to notified. */
    REJECT(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, HazardStatus.NOTIFIED, true, Action.REVIEW_HAZARD),
    /** The hazard is struck off (销号). */
    CLOSE(HazardStatus.ACCEPTED, HazardStatus.CLOSED, false, Action.REVIEW_HAZARD);

    private final HazardStatus from;
    private final HazardStatus to;
    private final boolean noteRequired;
    private final Action permission;

    HazardAction(HazardStatus from, HazardStatus to, boolean noteRequired, Action permission) {
        this.from = from;
        this.to = to;
        this.noteRequired = noteRequired;
        this.permission = permission;
    }

    public static List<HazardAction> availableFrom(HazardStatus status) {
        return Arrays.stream(values()).filter(a -> a.from == status).toList();
    }

    /** The state after this move, or a refusal naming both states when the hazard is elsewhere. */
    public HazardStatus apply(HazardStatus current, String note) {
        if (current != from) {
            throw new BusinessRuleException("action", "risk.hazard.transition.forbidden",
                    new DefaultMessageSourceResolvable(current.messageCode()),
                    new DefaultMessageSourceResolvable(messageCode()));
        }
        if (noteRequired && (note == null || note.isBlank())) {
            throw new BusinessRuleException("note", "risk.hazard.note.required." + name());
        }
        return to;
    }

    /** What the role matrix calls this move: who may make it is decided there. */
    public Action permission() {
        return permission;
    }

    public HazardStatus from() {
        return from;
    }

    public HazardStatus to() {
        return to;
    }

    public boolean noteRequired() {
        return noteRequired;
    }

    public String messageCode() {
        return "risk.hazard.action." + name();
    }
}
