package org.zhijian.system.security;


/** The six kinds of user the role matrix tells apart: a role, held at city or at district level. */
public enum Actor {
    CITY_ADMIN(Role.ADMIN, true),
    DISTRICT_ADMIN(Role.ADMIN, false),
    CITY_HEAD(Role.HEAD, true),
    DISTRICT_HEAD(Role.HEAD, false),
    CITY_INSPECTOR(Role.INSPECTOR, true),
    DISTRICT_INSPECTOR(Role.INSPECTOR, false);

    private final Role role;
    private final boolean cityWide;

    Actor(Role role, boolean cityWide) {
        this.role = role;
        this.cityWide = cityWide;
    }

    public static Actor of(AccessScope scope) {
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
