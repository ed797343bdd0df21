package org.zhijian.system.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * After every Flyway migrate on H2 (also when nothing was pending, so databases made by an
 * earlier version are repaired on their next start), re-creates each stored expression that
 * holds a constant IN list (table and domain checks, column and domain defaults and ON UPDATE
 * expressions, generated columns) in the equivalent array form of {@link InLists}.
 *
 * <p>Why: H2 2.4.240 binds a compiled constant IN list to the session that compiled it, which for
 * a migration is a pooled connection; once the pool retires that connection (Hikari's
 * max-lifetime, 30 minutes by default) every insert into the table fails with "Check constraint
 * invalid … The database has been closed" until a restart (h2database issues 4292, 4308).
 * PostgreSQL is not affected and keeps the migrations' IN lists. An expression this cannot
 * rewrite (an IN over a subquery, which H2 binds the same way) stops the start with its name.
 * ({@code zhijian.h2.rebind-in-lists=false} switches this off, for the test that shows the H2 fault.)
 */
@Component
@ConditionalOnProperty(name = "zhijian.h2.rebind-in-lists", havingValue = "true", matchIfMissing = true)
class H2CompiledExpressions implements Callback {

    private static final Logger log = LoggerFactory.getLogger(H2CompiledExpressions.class);

    /** One stored expression and the statements that store it again. */
    private record Stored(String what, String expression, Recreate recreate) {
    }

    private interface Recreate {
        List<String> statements(String expression);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "h2-compiled-expressions";
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection c = context.getConnection();
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                rebind(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not re-create H2 expressions holding IN lists", e);
        }
    }

    static void rebind(Connection c) throws SQLException {
        List<String> unrepairable = new ArrayList<>();
        int rewritten = 0;
        for (Stored s : stored(c)) {
            InLists.Rewritten r = InLists.rewrite(s.expression());
            if (r.subquery()) {
                unrepairable.add(s.what() + ": " + s.expression());
            }
            if (r.changed()) {
                try (Statement st = c.createStatement()) {
                    for (String sql : s.recreate().statements(r.sql())) {
                        st.execute(sql);
                    }
                }
                rewritten++;
            }
        }
        if (rewritten > 0) {
            log.info("Re-created {} H2 expressions with IN lists in array form (H2 binds IN lists to a connection)",
                    rewritten);
        }
        if (!unrepairable.isEmpty()) {
            throw new IllegalStateException("H2 binds an IN over a subquery to the connection that created it, so "
                    + "these fail once the pool retires it; write them without one: " + unrepairable);
        }
    }

    private static List<Stored> stored(Connection c) throws SQLException {
        List<Stored> all = new ArrayList<>();
        addChecks(c, all, "table", "table_constraints", " where o.constraint_type = 'CHECK'");
        addChecks(c, all, "domain", "domain_constraints", "");
        query(c, "select domain_schema, domain_name, domain_default, domain_on_update from information_schema.domains",
                rs -> {
            String domain = name(rs.getString(1), rs.getString(2));
            addIfPresent(all, "default of domain " + domain, rs.getString(3),
                    e -> List.of("alter domain " + domain + " set default " + e));
            addIfPresent(all, "on update of domain " + domain, rs.getString(4),
                    e -> List.of("alter domain " + domain + " set on update " + e));
        });
        query(c, "select c.table_schema, c.table_name, c.column_name, c.column_default, c.column_on_update,"
                + " c.generation_expression, c.is_nullable, c.domain_schema, c.domain_name, c.data_type,"
                + " c.character_maximum_length, c.numeric_precision, c.numeric_scale"
                + " from information_schema.columns c join information_schema.tables t"
                + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                + " where t.table_type = 'BASE TABLE' and c.is_identity = 'NO'", rs -> {
            String table = name(rs.getString(1), rs.getString(2));
            String column = quote(rs.getString(3));
            String at = "alter table " + table + " alter column " + column;
            addIfPresent(all, "default of " + table + "." + column, rs.getString(4),
                    e -> List.of(at + " set default " + e));
            addIfPresent(all, "on update of " + table + "." + column, rs.getString(5),
                    e -> List.of(at + " set on update " + e));
            String type = columnType(rs);
            String notNull = "NO".equals(rs.getString(7)) ? " not null" : "";
            addIfPresent(all, "generated column " + table + "." + column, rs.getString(6),
                    e -> List.of(at + " " + type + " generated always as (" + e + ")" + notNull));
        });
        return all;
    }

    /** The check constraints of tables or of domains, with what re-creates each. */
    private static void addChecks(Connection c, List<Stored> all, String kind, String owners, String where)
            throws SQLException {
        query(c, "select o." + kind + "_schema, o." + kind + "_name, o.constraint_name, cc.check_clause"
                + " from information_schema." + owners + " o join information_schema.check_constraints cc"
                + " on cc.constraint_schema = o.constraint_schema and cc.constraint_name = o.constraint_name" + where,
                rs -> {
            String owner = name(rs.getString(1), rs.getString(2));
            String constraint = rs.getString(3);
            all.add(new Stored("check " + constraint + " on " + kind + " " + owner, rs.getString(4),
                    e -> replaceConstraint("alter " + kind + " " + owner, constraint, e)));
        });
    }

    /** Adds the new form under a temporary name before dropping the old, so a crash never leaves none. */
    private static List<String> replaceConstraint(String alter, String constraint, String expression) {
        String temporary = quote(constraint + "__rebound");
        return List.of(alter + " drop constraint if exists " + temporary,
                alter + " add constraint " + temporary + " check (" + expression + ")",
                alter + " drop constraint " + quote(constraint),
                alter + " rename constraint " + temporary + " to " + quote(constraint));
    }

    private static String columnType(ResultSet rs) throws SQLException {
        if (rs.getString(9) != null) {
            return name(rs.getString(8), rs.getString(9));
        }
        String type = rs.getString(10);
        if (rs.getObject(11) != null) {
            return type + "(" + rs.getLong(11) + ")";
        }
        if (("NUMERIC".equalsIgnoreCase(type) || "DECIMAL".equalsIgnoreCase(type)) && rs.getObject(12) != null) {
            return type + "(" + rs.getInt(12) + ", " + rs.getInt(13) + ")";
        }
        return type;
    }

    private static void addIfPresent(List<Stored> all, String what, String expression, Recreate recreate) {
        if (expression != null) {
            all.add(new Stored(what, expression, recreate));
        }
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Row row) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private static String name(String schema, String object) {
        return quote(schema) + "." + quote(object);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
