package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * On PostgreSQL a session's row is written back when something in it changed, or when its last-access
 * time moved by a minute or more; not on every request only because the last-access time moved.
 */
class SessionLastAccessWritesTests extends PostgresIntegrationTests {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    /** The repository through its public interface (its session class is not public). */
    @SuppressWarnings("unchecked")
    private SessionRepository<Session> sessions() {
        return (SessionRepository<Session>) (SessionRepository<?>) repository;
    }

    @Test
    void aLastAccessWithinTheMinuteIsNotWrittenALaterOneIs() {
        SessionRepository<Session> sessions = sessions();
        Session session = sessions.createSession();
        session.setAttribute("probe", "one");
        sessions.save(session);
        String id = session.getId();
        long stored = lastAccess(id);

        Session again = sessions.findById(id);
        again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(10));
        sessions.save(again);
        assertThat(lastAccess(id)).isEqualTo(stored);

        again = sessions.findById(id);
        again.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(61));
        sessions.save(again);
        assertThat(lastAccess(id)).isEqualTo(stored + 61_000);
        assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where session_id = ?",
                Long.class, id)).isEqualTo(again.getMaxInactiveInterval().toMillis());
    }

    @Test
    void aNewIdOrPrincipalIsWrittenAtOnce() {
        SessionRepository<Session> sessions = sessions();
        Session session = sessions.createSession();
        sessions.save(session);
        String first = session.getId();

        Session again = sessions.findById(first);
        again.setLastAccessedTime(again.getLastAccessedTime().plusSeconds(1));
        String second = again.changeSessionId();
        sessions.save(again);
        assertThat(sessions.findById(first)).isNull();
        assertThat(sessions.findById(second)).isNotNull();

        again = sessions.findById(second);
        again.setAttribute(JdbcIndexedSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "someone");
        sessions.save(again);
        assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
                String.class, second)).isEqualTo("someone");
    }

    private long lastAccess(String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
    }
}
