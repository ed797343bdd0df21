package org.zhijian.system.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * What part of the city a user may see and change. City-level users
 * (districtId null) see every district; everyone else sees only their own.
 * An enterprise user (enterpriseId set, issue 13) sees no district at all, only
 * the records of their own enterprise: every district check fails for them, and
 * a list filtered by district finds nothing ({@link #NO_DISTRICT}).
 * The value {@link AccessGuard} decides with: services ask the guard, not this.
 */
public record AccessScope(Long userId, String username, Role role, Long districtId, Long enterpriseId) {

    public static final AccessScope SYSTEM = new AccessScope(null, "system", Role.ADMIN, null);

    /** A district id no district has: what a district filter gives an enterprise user, so a bureau list is empty. */
    public static final Long NO_DISTRICT = -1L;

    /** A bureau user. */
    public AccessScope(Long userId, String username, Role role, Long districtId) {
        this(userId, username, role, districtId, null);
    }

    public boolean isEnterpriseUser() {
        return enterpriseId != null || role == Role.ENTERPRISE;
    }

    public boolean isCityWide() {
        return districtId == null && !isEnterpriseUser();
    }

    public boolean covers(Long recordDistrictId) {
        if (isEnterpriseUser()) {
            return false;
        }
        return isCityWide() || districtId.equals(recordDistrictId);
    }

    /** Whether a record of that enterprise is this user's to see: an enterprise user's own; else by district. */
    public boolean coversEnterprise(Long recordEnterpriseId, Long recordDistrictId) {
        if (isEnterpriseUser()) {
            return enterpriseId != null && enterpriseId.equals(recordEnterpriseId);
        }
        return covers(recordDistrictId);
    }

    /** District filter for queries: null means "no filter" for city-level users. */
    public Long districtFilter() {
        return isEnterpriseUser() ? NO_DISTRICT : districtId;
    }

    /**
     * Narrows a requested district to what this user may see: a district user
     * always gets their own district, whatever they asked for.
     */
    public Long narrow(Long requestedDistrictId) {
        if (isEnterpriseUser()) {
            return NO_DISTRICT;
        }
        return isCityWide() ? requestedDistrictId : districtId;
    }

    public boolean has(Role r) {
        return role == r;
    }

    /** Whether the role matrix ({@link Action}) lets this user do that. */
    public boolean may(Action action) {
        return action.allows(Actor.of(this));
    }

    /** 403 when the role matrix says no; services call it through {@link AccessGuard#require}. */
    public void require(Action action) {
        if (!may(action)) {
            throw new AccessDeniedException(Actor.of(this) + " " + username + " may not " + action);
        }
    }
}
