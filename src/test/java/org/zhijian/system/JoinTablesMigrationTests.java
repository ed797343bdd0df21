package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zhijian.support.TestDatabase;

/**
 * V4_81 turns the id lists kept as comma-separated text (a campaign's districts, a draw entry's
 * inspectors) into join tables with foreign keys: a database at V4_71 holding lists in the old text
 * form is migrated to the latest version, and the join tables hold the same ids (the inspectors in
 * draw order), with the text columns gone. On PostgreSQL (in a schema of its own in the test
 * database) and on the embedded H2 in PostgreSQL mode, as the application runs it.
 */
@Tag("integration")
class JoinTablesMigrationTests {

    private static final String BEFORE = "4.71";

    @Test
    void postgresqlKeepsTheListsInJoinTables() throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        String schema = "jt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Supplier<FluentConfiguration> flyway = () -> Flyway.configure()
                    .dataSource(db.url(), db.username(), db.password()).schemas(schema).defaultSchema(schema)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql");
            try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password())) {
                migrateAndCheck(flyway, c, "set search_path to " + schema);
            }
        } finally {
            try (Connection c = DriverManager.getConnection(db.url(), db.username(), db.password());
                 Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void h2KeepsTheListsInJoinTables() throws Exception {
        String url = "jdbc:h2:mem:jt" + UUID.randomUUID().toString().substring(0, 8)
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            // one connection for Flyway and the test: H2 binds the checks' IN lists to the session that
            // made them (the application re-creates them after migrating, see H2CompiledExpressions)
            DataSource one = new SingleConnectionDataSource(c, true);
            Supplier<FluentConfiguration> flyway = () -> Flyway.configure().dataSource(one)
                    .locations("classpath:db/migration/common", "classpath:db/migration/h2");
            migrateAndCheck(flyway, c, null);
            execute(c, "shutdown");
        }
    }

    private void migrateAndCheck(Supplier<FluentConfiguration> flyway, Connection c, String setUp) throws SQLException {
        flyway.get().target(BEFORE).load().migrate();
        if (setUp != null) {
            execute(c, setUp);
        }
        long d1 = insert(c, "insert into district (code, name_zh, name_en) values ('JT1', '甲区', 'A')");
        long d2 = insert(c, "insert into district (code, name_zh, name_en) values ('JT2', '乙区', 'B')");
        long d3 = insert(c, "insert into district (code, name_zh, name_en) values ('JT3', '丙区', 'C')");
        long u1 = user(c, "jt_a", d1);
        long u2 = user(c, "jt_b", d1);
        long u3 = user(c, "jt_c", d1);
        long wide = campaign(c, "全市排查", d3 + "," + d1 + "," + d2);
        long one = campaign(c, "本区排查", String.valueOf(d2));
        long enterprise1 = enterprise(c, "913300000000000001", d1);
        long enterprise2 = enterprise(c, "913300000000000002", d1);
        long draw = insert(c, "insert into random_draw (title, campaign_id, enterprise_count, inspectors_per_enterprise,"
                + " seed, original_result, status, created_at, created_by) values ('双随机', " + wide + ", 2, 2, 7,"
                + " 'x', 'DRAFT', current_timestamp, 'test')");
        // in draw order, which is not the order of the ids
        long entry1 = entry(c, draw, 1, enterprise1, u3 + "," + u1);
        long entry2 = entry(c, draw, 2, enterprise2, u2 + "," + u3 + "," + u1);

        flyway.get().load().migrate();

        assertThat(rows(c, "select campaign_id, district_id from risk_campaign_district"
                + " order by campaign_id, district_id")).containsExactly(
                wide + ":" + d1, wide + ":" + d2, wide + ":" + d3, one + ":" + d2);
        assertThat(rows(c, "select entry_id, position, user_id from random_draw_entry_inspector"
                + " order by entry_id, position")).containsExactly(
                entry1 + ":1:" + u3, entry1 + ":2:" + u1,
                entry2 + ":1:" + u2, entry2 + ":2:" + u3, entry2 + ":3:" + u1);
        assertThat(rows(c, "select column_name from information_schema.columns"
                + " where table_schema = current_schema and table_name in ('risk_campaign', 'random_draw_entry')"
                + " and column_name in ('district_ids', 'inspector_ids')")).isEmpty();
        // the foreign keys now guard the ids
        assertThat(failure(c, "insert into risk_campaign_district (campaign_id, district_id) values ("
                + one + ", " + (d3 + 1000) + ")")).isNotNull();
        assertThat(failure(c, "insert into random_draw_entry_inspector (entry_id, position, user_id) values ("
                + entry1 + ", 3, " + (u3 + 1000) + ")")).isNotNull();
    }

    private static long user(Connection c, String username, long district) throws SQLException {
        return insert(c, "insert into app_user (username, password_hash, display_name, role, district_id, created_at)"
                + " values ('" + username + "', 'x', '" + username + "', 'INSPECTOR', " + district + ", current_timestamp)");
    }

    private static long campaign(Connection c, String name, String districtIds) throws SQLException {
        return insert(c, "insert into risk_campaign (name, industries, district_ids, starts_on, ends_on, status,"
                + " created_at, created_by) values ('" + name + "', 'WOOD_PANEL', '" + districtIds + "',"
                + " date '2026-01-01', date '2026-03-31', 'OPEN', current_timestamp, 'test')");
    }

    private static long enterprise(Connection c, String creditCode, long district) throws SQLException {
        return insert(c, "insert into enterprise (credit_code, name, district_id, industry, status, created_at,"
                + " created_by, updated_at, updated_by) values ('" + creditCode + "', '企业" + creditCode + "', "
                + district + ", 'WOOD_PANEL', 'ACTIVE', current_timestamp, 'test', current_timestamp, 'test')");
    }

    private static long entry(Connection c, long draw, int position, long enterprise, String inspectorIds)
            throws SQLException {
        return insert(c, "insert into random_draw_entry (draw_id, position, enterprise_id, inspector_ids) values ("
                + draw + ", " + position + ", " + enterprise + ", '" + inspectorIds + "')");
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, new String[] {"id"});
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join(":", values));
            }
        }
        return rows;
    }

    private static String failure(Connection c, String sql) {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
