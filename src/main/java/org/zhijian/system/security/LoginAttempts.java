package org.zhijian.system.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.UserRepository;

/**
 * Counts failed logins (form and HTTP Basic alike) and locks the account after
 * too many. Unknown usernames are counted nowhere and answered the same way, so
 * the login page never tells whether an account exists.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration lockDuration;

    LoginAttempts(UserRepository users, Clock clock,
                  @Value("${zhijian.security.lockout.max-attempts}") int maxAttempts,
                  @Value("${zhijian.security.lockout.duration}") Duration lockDuration) {
        this.users = users;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getName()).trim();
        users.findByUsername(name).ifPresent(u -> {
            u.recordFailedLogin(maxAttempts, lockDuration, clock.instant());
            if (u.isLockedAt(clock.instant())) {
                log.warn("Account {} locked after {} failed logins", u.getUsername(), u.getFailedAttempts());
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ZhijianUserDetails d) {
            users.findById(d.userId()).ifPresent(u -> {
                if (u.getFailedAttempts() > 0) {
                    u.recordSuccessfulLogin();
                }
            });
        }
    }
}
