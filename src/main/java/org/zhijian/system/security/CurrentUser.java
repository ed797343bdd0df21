package org.zhijian.system.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the scope of whoever is making the current request. Code that runs with
 * no security context at all (scheduled jobs, the demo loader) acts as
 * {@link AccessScope#SYSTEM}; an anonymous web request never does.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static AccessScope scope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return AccessScope.SYSTEM;
        }
        if (auth.getPrincipal() instanceof ZhijianUserDetails details) {
            return details.scope();
        }
        throw new AccessDeniedException("no Zhijian user in this request");
    }

    public static String username() {
        return scope().username();
    }
}
