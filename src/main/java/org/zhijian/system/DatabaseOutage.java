package org.zhijian.system;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (unreachable, shut down, refusing
 * connections, timed out) from a failure of the request. The first is answered
 * with 503 and a Retry-After, never with 401 or 500: the user did nothing wrong
 * and the same request will work once the database is back.
 */
public final class DatabaseOutage {

    /** Seconds a client is asked to wait before retrying; the pool's timeouts detect recovery sooner. */
    public static final int RETRY_AFTER_SECONDS = 15;

    private DatabaseOutage() {
    }

    /** Seconds a client is asked to wait when every pooled connection was busy (the database itself is up). */
    public static final int BUSY_RETRY_AFTER_SECONDS = 5;

    /**
     * Whether the failure is the pool's "no connection became free in time" while the database itself
     * answers: every connection was busy serving other requests. The pool then names no connection
     * failure as the cause, whereas a timeout while the database is unreachable carries the last one.
     */
    public static boolean isPoolBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException && t.getCause() == null
                    && String.valueOf(t.getMessage()).contains("Connection is not available")) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // A commit or rollback the connection refuses (the pool closed it when the server went away)
            // hides the first failure; the transaction cannot end, so the database is what failed.
            if (t instanceof org.hibernate.TransactionException && t.getCause() instanceof SQLException) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isCause(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down
     * or not yet accepting connections) and 53300 (too many connections).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
    }
}
