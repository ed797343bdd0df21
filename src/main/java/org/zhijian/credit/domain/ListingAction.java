package org.zhijian.credit.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhijian.system.security.Action;

/**
 * The steps of a listing, each allowed from some states and by one action of the role matrix:
 * officers propose, send the advance notice, record the enterprise's statement and its removal
 * application; heads decide the listing and review the removal. Expiry is the daily job's.
 */
public enum ListingAction {
    NOTIFY(Action.RECORD_LISTING, ListingStatus.NOTIFIED, false, ListingStatus.PROPOSED),
    RECORD_STATEMENT(Action.RECORD_LISTING, ListingStatus.NOTIFIED, true, ListingStatus.NOTIFIED),
    LIST(Action.DECIDE_LISTING, ListingStatus.LISTED, false, ListingStatus.NOTIFIED),
    NOT_LIST(Action.DECIDE_LISTING, ListingStatus.NOT_LISTED, true, ListingStatus.PROPOSED, ListingStatus.NOTIFIED),
    APPLY_REMOVAL(Action.RECORD_LISTING, ListingStatus.REMOVAL_APPLIED, true, ListingStatus.LISTED),
    APPROVE_REMOVAL(Action.DECIDE_LISTING, ListingStatus.REMOVED, true, ListingStatus.REMOVAL_APPLIED),
    REFUSE_REMOVAL(Action.DECIDE_LISTING, ListingStatus.LISTED, true, ListingStatus.REMOVAL_APPLIED);

    private final Action permission;
    private final ListingStatus to;
    private final boolean noteRequired;
    private final Set<ListingStatus> from;

    ListingAction(Action permission, ListingStatus to, boolean noteRequired, ListingStatus first,
                  ListingStatus... rest) {
        this.permission = permission;
        this.to = to;
        this.noteRequired = noteRequired;
        this.from = EnumSet.of(first, rest);
    }

    public static List<ListingAction> availableFrom(ListingStatus status) {
        return Arrays.stream(values()).filter(a -> a.from.contains(status)).toList();
    }

    public boolean allowedFrom(ListingStatus status) {
        return from.contains(status);
    }

    public Action permission() {
        return permission;
    }

    public ListingStatus to() {
        return to;
    }

    /** A statement, a reason or an application text must accompany the step. */
    public boolean noteRequired() {
        return noteRequired;
    }

    public String messageCode() {
        return "credit.listing.action." + name();
    }
}
