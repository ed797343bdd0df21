package org.zhijian.account.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserRepository;
import org.zhijian.system.audit.SecurityAuditLog;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * Counts failed logins (form and HTTP Basic alike), locks the account after too
 * many, and writes every failure and lockout to the audit trail. Unknown
 * usernames are counted nowhere and answered the same way, so the login page
 * never tells whether an account exists. The counters never touch the account's
 * version (see {@link UserRepository#countFailedLogin}).
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final SecurityAuditLog audit;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttempts(UserRepository users, SecurityAuditLog audit, Clock clock,
                  @Value("${zhijian.security.lockout.max-attempts}") int maxAttempts,
                  @Value("${zhijian.security.lockout.duration}") Duration lockDuration) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).trim();
        String from = remoteAddress(event.getAuthentication());
        User u = users.findByUsername(name).orElse(null);
        if (u == null) {
            audit.unknownUserLoginFailed(name, from);
            return;
        }
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            // locked or disabled: refused before the password was checked, so nothing to count
            audit.loginFailed(u.getId(), u.getUsername(), u.getDistrictId(),
                    event.getException().getClass().getSimpleName(), from);
            return;
        }
        Instant now = clock.instant();
        users.countFailedLogin(u.getId(), now);
        audit.loginFailed(u.getId(), u.getUsername(), u.getDistrictId(), "bad credentials", from);
        if (users.lockIfTooMany(u.getId(), maxAttempts, now.plus(lockDuration)) > 0) {
            log.warn("Account {} locked after {} failed logins", u.getUsername(), maxAttempts);
            audit.lockedOut(u.getId(), u.getUsername(), u.getDistrictId(), maxAttempts, from);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ZhijianUserDetails d && d.userId() != null) {
            users.clearFailedLogins(d.userId());
        }
    }

    private static String remoteAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
