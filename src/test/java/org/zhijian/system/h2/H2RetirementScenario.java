package org.zhijian.system.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scenario of issue 8.2 on the embedded database: the app starts on a fresh H2 database
 * with the real migrations and the demo city, the pool retires every connection it has (as
 * Hikari does at max-lifetime), and then one row of EVERY table is written again through a new
 * connection: deleted and inserted back (defaulted columns left to their defaults), foreign keys
 * unchecked, in a transaction that is rolled back. PDFs are stubbed: the demo city closes a
 * campaign, and fonts are not what this is about.
 */
@Tag("integration")
@SpringBootTest(properties = "zhijian.scheduling.enabled=false")
abstract class H2RetirementScenario {

    @DynamicPropertySource
    static void freshH2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:retire" + UUID.randomUUID().toString().substring(0, 8)
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    /** Retires every pooled connection, then writes one row of every table; the failures, table by table. */
    List<String> writeEveryTableAfterRetiringEveryConnection() throws Exception {
        // the demo city uploads no photo and imports no file: one row each, so every checked table has one
        jdbc.update("insert into result_import (file_name, status, started_at, started_by)"
                + " values ('seed.xlsx', 'COMMITTED', current_timestamp, 'test')");
        jdbc.update("insert into batch_photo (batch_id, file_name, content_type, size_bytes, data, uploaded_at,"
                + " uploaded_by) select min(id), 'seed.png', 'image/png', 1, X'00', current_timestamp, 'test'"
                + " from sampling_batch");
        // nor does it hold case evidence, an enterprise's rectification evidence or a mail (the mail job runs later)
        jdbc.update("insert into enforcement_evidence (case_id, kind, file_name, content_type, size_bytes, sha256, data,"
                + " uploaded_at, uploaded_by) select min(id), 'PHOTO', 'seed.png', 'image/png', 1, 'x', X'00',"
                + " current_timestamp, 'test' from enforcement_case");
        jdbc.update("insert into portal_evidence (subject_type, subject_id, enterprise_id, district_id, file_name,"
                + " content_type, size_bytes, sha256, data, status, submitted_by, submitted_at) select 'HAZARD', h.id,"
                + " h.enterprise_id, e.district_id, 'seed.png', 'image/png', 1, 'x', X'00', 'SUBMITTED', 'test',"
                + " current_timestamp from hazard h join enterprise e on e.id = h.enterprise_id order by h.id limit 1");
        jdbc.update("insert into outgoing_mail (recipient_id, to_address, subject, body, kind, status, created_at)"
                + " select min(id), 'seed@demo.zhijian.invalid', 's', 'b', 'ITEM', 'NOT_SENT', current_timestamp"
                + " from app_user");
        retireEveryPooledConnection();

        List<String> withChecks = jdbc.queryForList("select distinct table_name from information_schema.table_constraints"
                + " where table_schema = 'public' and constraint_type = 'CHECK'", String.class);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class);
        assertThat(tables).containsAll(withChecks).contains("sampling_batch", "hazard");

        List<String> failures = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set referential_integrity false");
            try {
                for (String table : tables) {
                    String failure = rewriteOneRow(c, table);
                    if (failure == null && withChecks.contains(table)) {
                        failures.add(table + ": has check constraints but no row to write (give it one in the demo city or seed one above)");
                    } else if (failure != null && !failure.isEmpty()) {
                        failures.add(table + ": " + failure);
                    }
                }
            } finally {
                s.execute("set referential_integrity true");
            }
        }
        return failures;
    }

    /** Closes every connection the application has used, as Hikari does at max-lifetime. */
    private void retireEveryPooledConnection() {
        Set<Long> before = Set.copyOf(jdbc.queryForList("select session_id from information_schema.sessions", Long.class));
        dataSource.getHikariPoolMXBean().softEvictConnections();
        await("the pool closes the connections it had before").atMost(Duration.ofSeconds(10)).until(() -> {
            List<Long> open = jdbc.queryForList("select session_id from information_schema.sessions", Long.class);
            if (open.stream().noneMatch(before::contains)) {
                return true;
            }
            dataSource.getHikariPoolMXBean().softEvictConnections();
            return false;
        });
    }

    /** null when the table is empty, "" when its first row was deleted and inserted again, else the error. */
    private String rewriteOneRow(Connection c, String table) throws SQLException {
        Map<String, Boolean> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name, column_default is not null and is_identity = 'NO'"
                + " from information_schema.columns where table_schema = 'public' and table_name = ?"
                + " and generation_expression is null order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getBoolean(2));
                }
            }
        }
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            Object rowId;
            Map<String, Object> values = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select _rowid_, * from \"" + table + "\" limit 1")) {
                if (!rs.next()) {
                    return null;
                }
                rowId = rs.getObject(1);
                for (var col : columns.entrySet()) {
                    if (!col.getValue()) {
                        values.put(col.getKey(), rs.getObject(col.getKey()));
                    }
                }
            }
            try (PreparedStatement delete = c.prepareStatement("delete from \"" + table + "\" where _rowid_ = ?")) {
                delete.setObject(1, rowId);
                assertThat(delete.executeUpdate()).isOne();
            }
            String names = String.join(", ", values.keySet().stream().map(n -> "\"" + n + "\"").toList());
            String marks = String.join(", ", values.keySet().stream().map(n -> "?").toList());
            try (PreparedStatement insert = c.prepareStatement("insert into \"" + table + "\" (" + names
                    + ") values (" + marks + ")")) {
                int i = 1;
                for (Object v : values.values()) {
                    insert.setObject(i++, v);
                }
                insert.executeUpdate();
            }
            return "";
        } catch (SQLException e) {
            return e.getMessage().lines().findFirst().orElse(e.toString());
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
