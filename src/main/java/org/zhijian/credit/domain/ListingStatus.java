package org.zhijian.credit.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a listing (列入严重违法失信名单) stands: proposed, noticed, decided, then removed or expired. */
public enum ListingStatus {
    PROPOSED,
    NOTIFIED,
    LISTED,
    NOT_LISTED,
    REMOVAL_APPLIED,
    REMOVED,
    EXPIRED;

    /** The states in which the enterprise is on the list (an application for removal does not take it off). */
    public static Set<ListingStatus> listed() {
        return EnumSet.of(LISTED, REMOVAL_APPLIED);
    }

    /** The states that wait for the bureau's next step, with a deadline. */
    public static Set<ListingStatus> pending() {
        return EnumSet.of(PROPOSED, NOTIFIED, REMOVAL_APPLIED);
    }

    public boolean isListed() {
        return listed().contains(this);
    }

    public boolean isPending() {
        return pending().contains(this);
    }

    public String messageCode() {
        return "credit.listing.status." + name();
    }
}
