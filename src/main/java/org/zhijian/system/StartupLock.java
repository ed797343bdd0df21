package org.zhijian.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets one instance at a time do a start-up task on a shared database, such as
 * loading the demo city into an empty one. The task runs while its instance holds
 * a row lock in {@code startup_lock} on a connection of its own; another instance
 * starting at the same moment waits for the lock, then runs the task too, which
 * must therefore check first whether the work is already done. A killed holder's
 * lock goes with its connection, so nobody waits for a dead instance.
 */
@Component
public class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    /** Lock held elsewhere: PostgreSQL's lock_not_available, H2's lock timeout. */
    private static final Set<String> HELD_ELSEWHERE = Set.of("55P03", "HYT00");
    private static final long POLL_MILLIS = 500;

    private final DataSource dataSource;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the task holding the lock called name, waiting as long as another instance holds it. */
    public void runAlone(String name, Runnable task) {
        try (Connection c = dataSource.getConnection()) {
            ensureRow(c, name);
            c.setAutoCommit(false);
            try {
                lock(c, name);
                task.run();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("start-up lock " + name + " could not be taken", e);
        }
    }

    private static void ensureRow(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into startup_lock (name) select ? where not exists"
                + " (select 1 from startup_lock where name = ?)")) {
            ps.setString(1, name);
            ps.setString(2, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            // another instance inserted it a moment before: the row is there, which is all we need
        }
    }

    /** NOWAIT and a poll rather than a blocking wait, which a statement timeout could cut short. */
    private static void lock(Connection c, String name) throws SQLException {
        boolean told = false;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select name from startup_lock where name = ? for update nowait")) {
                ps.setString(1, name);
                ps.executeQuery().close();
                return;
            } catch (SQLException e) {
                if (!HELD_ELSEWHERE.contains(e.getSQLState())) {
                    throw e;
                }
                c.rollback();
                if (!told) {
                    log.info("Another instance is doing '{}'; waiting for it", name);
                    told = true;
                }
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a start-up lock", e);
        }
    }
}
