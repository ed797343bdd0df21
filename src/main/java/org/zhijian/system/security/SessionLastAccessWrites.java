package org.zhijian.system.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's row is written back only when something in it changed other than the last-access time, or
 * when that time moved by more than {@link #LAST_ACCESS_RESOLUTION}. Spring Session updates the row on
 * every request (the last-access time always moves), so every page paid for a write, and two requests of
 * one session waited for each other's row lock (issue 15). The row's expiry may therefore lag the last
 * request by up to the resolution: an eight-hour session ends at most a minute early.
 * <p>
 * On PostgreSQL only (the production database); the embedded H2 keeps Spring Session's own update.
 */
@Configuration(proxyBeanMethods = false)
class SessionLastAccessWrites {

    static final Duration LAST_ACCESS_RESOLUTION = Duration.ofMinutes(1);

    /** Binds what Spring Session's update binds, in its order: id, last access, max inactive, expiry, principal, key. */
    static final String POSTGRESQL_UPDATE = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = v.sid, LAST_ACCESS_TIME = v.lat, MAX_INACTIVE_INTERVAL = v.mii,
                EXPIRY_TIME = v.exp, PRINCIPAL_NAME = v.pn
            FROM (SELECT CAST(? AS VARCHAR(36)) AS sid, CAST(? AS BIGINT) AS lat, CAST(? AS INT) AS mii,
                         CAST(? AS BIGINT) AS exp, CAST(? AS VARCHAR(100)) AS pn, CAST(? AS CHAR(36)) AS pid) v
            WHERE s.PRIMARY_ID = v.pid
              AND (s.SESSION_ID <> v.sid OR s.MAX_INACTIVE_INTERVAL <> v.mii
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.pn OR v.lat - s.LAST_ACCESS_TIME >= %RESOLUTION%)
            """.replace("%RESOLUTION%", Long.toString(LAST_ACCESS_RESOLUTION.toMillis()));

    /** After Spring Boot's own customizer, whose table name setting resets every query. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessOncePerMinute(
            @Value("${spring.datasource.url:}") String url) {
        boolean postgres = DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
        return repository -> {
            if (postgres) {
                repository.setUpdateSessionQuery(POSTGRESQL_UPDATE);
            }
        };
    }
}
