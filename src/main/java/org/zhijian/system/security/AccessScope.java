package org.zhijian.system.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * What part of the city a user may see and change. City-level users
 * (districtId null) see every district; everyone else sees only their own.
 * The value {@link AccessGuard} decides with: services ask the guard, not this.
 */
public record AccessScope(Long userId, String username, Role role, Long districtId) {

    public static final AccessScope SYSTEM = new AccessScope(null, "system", Role.ADMIN, null);

    public boolean isCityWide() {
        return districtId == null;
    }

    public boolean covers(Long recordDistrictId) {
        return isCityWide() || districtId.equals(recordDistrictId);
    }

    /** District filter for queries: null means "no filter" for city-level users. */
    public Long districtFilter() {
        return districtId;
    }

    /**
     * Narrows a requested district to what this user may see: a district user
     * always gets their own district, whatever they asked for.
     */
    public Long narrow(Long requestedDistrictId) {
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
