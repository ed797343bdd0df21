package org.zhijian.account.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.StartupLock;
import org.zhijian.system.security.Role;

/**
 * Outside demo mode, creates the first city admin from ZHIJIAN_ADMIN_PASSWORD.
 * With no admin yet and no password given, the app refuses to start: there is
 * no default password to fall back on. Instances starting together on an empty
 * database take turns under the start-up lock, and the admin is committed before
 * the lock is let go, so the next one finds it instead of creating it again.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "zhijian.demo.enabled", havingValue = "false")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final StartupLock startupLock;
    private final TransactionOperations transactions;
    private final String username;
    private final String password;

    @Autowired
    AdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder, StartupLock startupLock,
                   PlatformTransactionManager transactions,
                   @Value("${zhijian.bootstrap.admin-username:admin}") String username,
                   @Value("${zhijian.bootstrap.admin-password:}") String password) {
        this(users, passwordEncoder, startupLock, new TransactionTemplate(transactions), username, password);
    }

    AdminBootstrap(UserRepository users, PasswordEncoder passwordEncoder, StartupLock startupLock,
                   TransactionOperations transactions, String username, String password) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.startupLock = startupLock;
        this.transactions = transactions;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.runAlone("first-admin", () -> transactions.executeWithoutResult(status -> createIfNone()));
    }

    private void createIfNone() {
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
