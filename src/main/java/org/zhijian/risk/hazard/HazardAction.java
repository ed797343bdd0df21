package org.zhijian.risk.hazard;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhijian.account.Role;
import org.zhijian.system.BusinessRuleException;

/** The moves of the hazard state machine, each from exactly one state, with who may make it. */
public enum HazardAction {
    /** The enterprise reports the rectification, with evidence. */
    RECTIFY(HazardStatus.NOTIFIED, HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, true, Role.INSPECTOR, Role.HEAD),
    /** The bureau accepts the rectification (验收). */
    ACCEPT(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, HazardStatus.ACCEPTED, false, Role.HEAD),
    /** The bureau rejects it, with a reason: back to notified. */
    REJECT(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE, HazardStatus.NOTIFIED, true, Role.HEAD),
    /** The hazard is struck off (销号). */
    CLOSE(HazardStatus.ACCEPTED, HazardStatus.CLOSED, false, Role.HEAD, Role.INSPECTOR);

    private final HazardStatus from;
    private final HazardStatus to;
    private final boolean noteRequired;
    private final List<Role> roles;

    HazardAction(HazardStatus from, HazardStatus to, boolean noteRequired, Role... roles) {
        this.from = from;
        this.to = to;
        this.noteRequired = noteRequired;
        this.roles = List.of(roles);
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

    public boolean allows(Role role) {
        return roles.contains(role);
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
