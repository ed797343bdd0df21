package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
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
}
