package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upsert on the embedded H2 default (PostgreSQL is covered by
 * {@link SessionRaceTests}): two requests that loaded the same fresh session
 * both add the same attribute, which a plain INSERT refuses the second time.
 */
class SessionAttributeUpsertsTests {

    @Test
    void twoCopiesOfASessionBothAddingTheCsrfTokenSucceedOnH2() throws IOException {
        String url = "jdbc:h2:mem:session" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        String schema = new ClassPathResource("db/migration/h2/V1_02__spring_session.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : schema.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(ds)));
        new SessionAttributeUpserts().upsertSessionAttributes(url).customize(repository);
        @SuppressWarnings({"unchecked", "rawtypes"})
        SessionRepository<Session> sessions = (SessionRepository) repository;

        Session fresh = sessions.createSession();
        fresh.setAttribute("LOCALE", "zh_CN");
        sessions.save(fresh);
        Session firstTab = sessions.findById(fresh.getId());
        Session secondTab = sessions.findById(fresh.getId());
        firstTab.setAttribute("CSRF_TOKEN", "token of the first tab");
        secondTab.setAttribute("CSRF_TOKEN", "token of the second tab");
        sessions.save(firstTab);
        sessions.save(secondTab);

        assertThat((String) sessions.findById(fresh.getId()).getAttribute("CSRF_TOKEN"))
                .isEqualTo("token of the second tab");
        // and an update of an attribute whose row another request removed meanwhile writes it back
        Session third = sessions.findById(fresh.getId());
        jdbc.update("delete from spring_session_attributes where attribute_name = 'CSRF_TOKEN'");
        third.setAttribute("CSRF_TOKEN", "token of the third tab");
        sessions.save(third);
        assertThat((String) sessions.findById(fresh.getId()).getAttribute("CSRF_TOKEN"))
                .isEqualTo("token of the third tab");
    }
}
