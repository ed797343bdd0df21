package org.zhijian.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a page's CSRF token is kept: in the session when the visitor has one (every signed-in user),
 * otherwise in a cookie (double submit: the login form's hidden field must match the HttpOnly cookie).
 * So an anonymous visit to the login page creates no session: before, every {@code GET /login} stored a
 * Spring Session row for 8 hours, and a load run or a crawler filled the table with them. The login
 * form is still protected against CSRF, and signing in still starts a fresh session (fixation
 * protection); the token then moves to the session and the cookie is cleared.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    /** @param alwaysSecure mark the cookie Secure even on a plain request (when the session cookie is) */
    SessionOrCookieCsrfTokens(boolean alwaysSecure) {
        cookie.setCookieCustomizer(c -> {
            c.sameSite("Lax");
            if (alwaysSecure) {
                c.secure(true);
            }
        });
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return store(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (hasSession(request)) {
            session.saveToken(token, request, response);
            if (token != null || cookie.loadToken(request) == null) {
                return;
            }
        }
        cookie.saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return store(request).loadToken(request);
    }

    private CsrfTokenRepository store(HttpServletRequest request) {
        return hasSession(request) ? session : cookie;
    }

    private static boolean hasSession(HttpServletRequest request) {
        return request.getSession(false) != null;
    }
}
