package org.zhijian.system.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.zhijian.system.audit.SecurityAuditLog;

/**
 * Every 403 leaves an audit row: refusals by URL rule or by a service's role
 * check, on the pages and on the API alike. Called from the three places a 403
 * is answered (page chain, API chain, API exception handler), so each refusal is
 * recorded exactly once.
 */
@Component
public class ForbiddenRequests {

    private final SecurityAuditLog audit;

    ForbiddenRequests(SecurityAuditLog audit) {
        this.audit = audit;
    }

    public void record(HttpServletRequest request, AccessDeniedException e) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String reason = e instanceof CsrfException ? "csrf" : null;
        if (auth != null && auth.getPrincipal() instanceof ZhijianUserDetails user) {
            audit.forbidden(user.username(), user.districtId(), user.role().name(), request.getMethod(),
                    request.getRequestURI(), reason);
        } else {
            audit.forbidden(SecurityAuditLog.ANONYMOUS, null, "-", request.getMethod(), request.getRequestURI(),
                    reason);
        }
    }

    /** The pages' handler: records, then answers with the usual 403 error page. */
    AccessDeniedHandler forPages() {
        AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            record(request, e);
            errorPage.handle(request, response, e);
        };
    }
}
