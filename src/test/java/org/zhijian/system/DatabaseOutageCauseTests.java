package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are the database being away (503) and which are the request's own. */
class DatabaseOutageCauseTests {

    @Test
    void aRollbackOnAConnectionThePoolClosedIsAnOutage() {
        // What a request sees when PostgreSQL went away mid-transaction: the pool's closed-connection
        // proxy refuses the rollback with no SQLSTATE, hiding the first failure.
        var failure = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseOutage.isCause(failure)).isTrue();
    }

    @Test
    void aConnectionStateOrASuppressedOneIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        RuntimeException masked = new RuntimeException("while cleaning up");
        masked.addSuppressed(new SQLException("terminating connection", "57P01"));
        assertThat(DatabaseOutage.isCause(masked)).isTrue();
    }

    @Test
    void aRefusedRowIsNotAnOutage() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
    }

    /**
     * A pool whose only connection is in use answers the next caller with a time-out naming no cause: the
     * database answers, the system is busy; a pool that cannot reach its database names the refused
     * connection. (An in-memory H2 database and a closed port stand for the two.)
     */
    @Test
    void aPoolWhoseConnectionsAreAllInUseIsBusyNotAnOutage() throws Exception {
        HikariConfig busy = new HikariConfig();
        busy.setJdbcUrl("jdbc:h2:mem:busy-pool-" + System.nanoTime());
        busy.setMaximumPoolSize(1);
        busy.setConnectionTimeout(250);
        try (HikariDataSource pool = new HikariDataSource(busy); Connection held = pool.getConnection()) {
            SQLException timedOut = Assertions.catchThrowableOfType(SQLException.class, pool::getConnection);
            assertThat((Throwable) timedOut).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(DatabaseOutage.isPoolBusy(new RuntimeException(timedOut))).isTrue();
        }

        HikariConfig away = new HikariConfig();
        away.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
        away.setUsername("nobody");
        away.setMaximumPoolSize(1);
        away.setConnectionTimeout(1000);
        away.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(away)) {
            SQLException unreachable = Assertions.catchThrowableOfType(SQLException.class, pool::getConnection);
            assertThat(DatabaseOutage.isCause(unreachable)).isTrue();
            assertThat(DatabaseOutage.isPoolBusy(unreachable)).isFalse();
        }
    }
}
