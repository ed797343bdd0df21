package org.zhijian.system.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Session attributes are written as upserts. Two tabs opened right after login
 * send their first requests with the same fresh session, and both add the CSRF
 * token: with Spring Session's plain INSERT the second one fails on
 * {@code spring_session_attributes_pk} and the user sees a 500. With an upsert
 * the last writer wins, which is what a session attribute means anyway.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String POSTGRESQL_UPSERT = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (ATTRIBUTE_BYTES, SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (ATTRIBUTE_BYTES, SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    /**
     * Runs after Spring Boot's own customizer, whose table name setting resets
     * every query. The create query binds (id, name, bytes) and the update query
     * (bytes, id, name), so each gets the upsert with its own column order.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
            @Value("${spring.datasource.url:}") String url) {
        String upsert = switch (DatabaseDriver.fromJdbcUrl(url)) {
            case POSTGRESQL -> POSTGRESQL_UPSERT;
            case H2 -> H2_UPSERT;
            default -> null;
        };
        return repository -> {
            if (upsert != null) {
                repository.setCreateSessionAttributeQuery(reorderedForCreate(upsert));
                repository.setUpdateSessionAttributeQuery(upsert);
            }
        };
    }

    /** The same upsert with the columns in the create query's binding order: id, name, bytes. */
    private static String reorderedForCreate(String upsert) {
        return upsert.replace("(ATTRIBUTE_BYTES, SESSION_PRIMARY_ID, ATTRIBUTE_NAME)",
                "(SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)");
    }
}
