package org.zhijian.system.jpa;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes rows in bulk on one connection inside the caller's transaction: with
 * PostgreSQL's COPY (through the driver's CopyManager, reached reflectively so
 * the driver stays a runtime dependency), elsewhere (H2 in the demo) with JDBC
 * batches. Rows are given in COPY text format: tab-separated, \N for null.
 *
 * <p>Shared so that each module bulk-loads its own tables ({@code spotcheck.domain.BatchBulkLoad},
 * {@code enterprise.domain.ArchiveTimeline#recordAll}); a module never copies into another's.
 * It works only inside a transaction, on the transaction's connection, so every table a caller
 * loads commits or rolls back together.
 */
public final class BulkWriter implements AutoCloseable {

    private static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private final DataSource dataSource;
    private final Connection connection;
    private final Object copyManager;

    private BulkWriter(DataSource dataSource, Connection connection) throws SQLException {
        this.dataSource = dataSource;
        this.connection = connection;
        this.copyManager = copyManager(connection);
    }

    /** A writer on the current transaction's connection; refused outside a transaction. Close it after use. */
    public static BulkWriter inTransaction(DataSource dataSource) throws SQLException {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("bulk writes need a transaction");
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return new BulkWriter(dataSource, c);
        } catch (SQLException | RuntimeException e) {
            DataSourceUtils.releaseConnection(c, dataSource);
            throw e;
        }
    }

    /** Hands the connection back to the transaction (it is closed when the transaction ends). */
    @Override
    public void close() {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }

    public boolean isPostgres() {
        return copyManager != null;
    }

    private static Object copyManager(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return null;
        }
        try {
            Class<?> pg = Class.forName("org.postgresql.PGConnection");
            Object pgConnection = c.unwrap(pg);
            return pg.getMethod("getCopyAPI").invoke(pgConnection);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Loads rows (COPY text lines, without the trailing newline) into table(columns). */
    public long copy(String table, String columns, Reader rows) throws SQLException, IOException {
        long t = System.nanoTime();
        try {
            return copyOrInsert(table, columns, rows);
        } finally {
            org.slf4j.LoggerFactory.getLogger(BulkWriter.class).debug("{}: {} ms", table, (System.nanoTime() - t) / 1_000_000);
        }
    }

    private long copyOrInsert(String table, String columns, Reader rows) throws SQLException, IOException {
        if (copyManager != null) {
            try {
                Method copyIn = copyManager.getClass().getMethod("copyIn", String.class, Reader.class, int.class);
                return (long) copyIn.invoke(copyManager, "copy " + table + " (" + columns + ") from stdin",
                        rows, 1 << 16);
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return insert(table, columns, rows);
    }

    private long insert(String table, String columns, Reader rows) throws SQLException, IOException {
        int n = columns.split(",").length;
        String marks = String.join(",", java.util.Collections.nCopies(n, "?"));
        long count = 0;
        try (PreparedStatement ps = connection.prepareStatement("insert into " + table + " (" + columns
                + ") values (" + marks + ")");
             java.io.BufferedReader lines = new java.io.BufferedReader(rows)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.split("\t", -1);
                for (int i = 0; i < n; i++) {
                    ps.setObject(i + 1, "\\N".equals(f[i]) ? null : unescape(f[i]));
                }
                ps.addBatch();
                if (++count % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return count;
    }

    /** Reserves n ids of an identity column, so rows can be copied with their ids known in advance. */
    public long[] reserveIds(String table, int n) throws SQLException {
        long[] ids = new long[n];
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence('" + table + "', 'id')) from generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (var rs = ps.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    ids[i++] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    /** For databases without COPY: inserts rows one batch at a time and returns the generated ids in order. */
    public long[] insertReturningIds(String table, String columns, List<Object[]> rows) throws SQLException {
        int n = columns.split(",").length;
        String marks = String.join(",", java.util.Collections.nCopies(n, "?"));
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("insert into " + table + " (" + columns
                + ") values (" + marks + ")", new String[] {"id"})) {
            for (Object[] row : rows) {
                for (int i = 0; i < n; i++) {
                    set(ps, i + 1, row[i]);
                }
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof LocalDate d) {
            ps.setDate(i, Date.valueOf(d));
        } else if (v instanceof Instant t) {
            ps.setTimestamp(i, Timestamp.from(t));
        } else if (v instanceof BigDecimal b) {
            ps.setBigDecimal(i, b);
        } else {
            ps.setObject(i, v);
        }
    }

    /** A value in COPY text format. */
    public static String field(Object v) {
        if (v == null) {
            return "\\N";
        }
        String s = v instanceof Instant t ? TIMESTAMP.format(t.atOffset(java.time.ZoneOffset.UTC)) : v.toString();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends one row in COPY text format: the fields tab-separated, then a newline. */
    public static void line(StringBuilder sb, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(field(fields[i]));
        }
        sb.append('\n');
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
