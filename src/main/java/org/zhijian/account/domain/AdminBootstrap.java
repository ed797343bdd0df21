package org.zhijian.account.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.Role;

/**
 * Outside demo mode, creates the first city admin from ZHIJIAN_ADMIN_PASSWORD.
 * With no admin yet and no password given, the app refuses to start: there is
 * no default password to fall back on.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "zhijian.demo.enabled", havingValue = "false")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    AdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder,
                   @Value("${zhijian.bootstrap.admin-username:admin}") String username,
                   @Value("${zhijian.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        if (password == null || password.length() < 12) {
            throw new IllegalStateException("No admin account exists yet: set ZHIJIAN_ADMIN_PASSWORD "
                    + "(at least 12 characters) for the first admin, then start again");
        }
        users.save(new User(username, passwordEncoder.encode(password), username, Role.ADMIN, null));
        log.info("Created the first city admin '{}'", username);
    }
}
