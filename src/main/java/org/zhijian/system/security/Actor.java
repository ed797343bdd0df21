package org.zhijian.system.security;


/**
 * The kinds of user the role matrix tells apart: a bureau role, held at city or at district level, and
 * an enterprise's own user (issue 13), bound to one enterprise.
 */
public enum Actor {
    CITY_ADMIN(Role.ADMIN, true),
    DISTRICT_ADMIN(Role.ADMIN, false),
    CITY_HEAD(Role.HEAD, true),
    DISTRICT_HEAD(Role.HEAD, false),
    CITY_INSPECTOR(Role.INSPECTOR, true),
    DISTRICT_INSPECTOR(Role.INSPECTOR, false),
    ENTERPRISE_USER(Role.ENTERPRISE, false);

    private final Role role;
    private final boolean cityWide;

    Actor(Role role, boolean cityWide) {
        this.role = role;
        this.cityWide = cityWide;
    }

    public static Actor of(AccessScope scope) {
        if (scope.role() == Role.ENTERPRISE) {
            return ENTERPRISE_USER;
        }
        for (Actor a : values()) {
            if (a.role == scope.role() && a.cityWide == scope.isCityWide()) {
                return a;
            }
        }
        throw new IllegalStateException("no actor for " + scope);
    }

    public Role role() {
        return role;
    }

    public boolean isCityWide() {
        return cityWide;
    }
}
