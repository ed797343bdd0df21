package org.zhijian.hazard.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a hidden hazard is in its rectification: notified (整改通知) → rectified, awaiting
 * acceptance (已整改待验收) → accepted (验收通过) → closed (销号). A rejected acceptance goes back to
 * notified. The moves themselves are {@link HazardAction}s; nothing skips a step.
 */
public enum HazardStatus {
    NOTIFIED, RECTIFIED_AWAITING_ACCEPTANCE, ACCEPTED, CLOSED;

    /** The statuses of hazards not yet closed (未销号). */
    public static Set<HazardStatus> open() {
        return EnumSet.complementOf(EnumSet.of(CLOSED));
    }

    /** Still the enterprise's or the bureau's to act on. */
    public boolean isOpen() {
        return this != CLOSED;
    }

    public String messageCode() {
        return "risk.hazard.status." + name();
    }
}
