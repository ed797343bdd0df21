package org.zhijian.system.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.zhijian.system.web.ServiceUnavailable;

/**
 * A failed form login goes back to the login page with "wrong username or
 * password" only when that is what happened. When the credentials could not be
 * checked (the user lookup failed because the database is away) the user gets
 * the "temporarily unavailable" page with 503 instead.
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler badCredentials;
    private final ServiceUnavailable unavailable;

    @Autowired
    LoginFailures(ServiceUnavailable unavailable) {
        this(unavailable, "/login?error");
    }

    private LoginFailures(ServiceUnavailable unavailable, String failureUrl) {
        this.unavailable = unavailable;
        this.badCredentials = new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    /** The same handling for another login page (the enterprise side's). */
    LoginFailures to(String failureUrl) {
        return new LoginFailures(unavailable, failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, ServletException {
        if (e instanceof AuthenticationServiceException) {
            unavailable.write(request, response);
        } else {
            badCredentials.onAuthenticationFailure(request, response, e);
        }
    }
}
