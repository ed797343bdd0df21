package org.zhijian.credit.domain;

import java.util.EnumSet;
import java.util.Set;

/** The lists of the blacklist page: listed enterprises, proposals, removal applications, ended listings. */
public enum ListingFilter {
    ALL(EnumSet.allOf(ListingStatus.class)),
    LISTED(EnumSet.of(ListingStatus.LISTED, ListingStatus.REMOVAL_APPLIED)),
    PROPOSALS(EnumSet.of(ListingStatus.PROPOSED, ListingStatus.NOTIFIED)),
    REMOVALS(EnumSet.of(ListingStatus.REMOVAL_APPLIED)),
    ENDED(EnumSet.of(ListingStatus.NOT_LISTED, ListingStatus.REMOVED, ListingStatus.EXPIRED));

    private final Set<ListingStatus> statuses;

    ListingFilter(Set<ListingStatus> statuses) {
        this.statuses = statuses;
    }

    public Set<ListingStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public String messageCode() {
        return "credit.filter." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
