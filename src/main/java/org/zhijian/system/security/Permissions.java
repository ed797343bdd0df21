package org.zhijian.system.security;

import org.springframework.stereotype.Component;

/** The role matrix for templates: {@code th:if="${@permissions.may('EDIT_CATALOGUE')}"} hides what the service would refuse. */
@Component("permissions")
public class Permissions {

    private final AccessGuard guard;

    Permissions(AccessGuard guard) {
        this.guard = guard;
    }

    public boolean may(String action) {
        return guard.may(Action.valueOf(action));
    }
}
