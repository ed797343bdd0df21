package org.zhijian.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/** Runs demo loading as a city-level admin named "demo", so services apply their normal checks and audit. */
public final class DemoAuthentication {

    private DemoAuthentication() {
    }

    public static <T> T asDemoAdmin(Supplier<T> work) {
        var principal = new ZhijianUserDetails(null, "demo", "", "demo", Role.ADMIN, null, true, false);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
