package org.zhijian.system.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rewrite of IN lists and its effect on H2 itself: every kind of stored expression made by
 * one connection keeps working from another after the first is closed, and still refuses what
 * the original refused.
 */
class H2CompiledExpressionsTests {

    @Test
    void inListsBecomeArrayComparisonsOutsideQuotesOnly() {
        assertThat(InLists.rewrite("\"level\" IN('CITY', 'DISTRICT')").sql())
                .isEqualTo("\"level\" = ANY(ARRAY ['CITY', 'DISTRICT'])");
        assertThat(InLists.rewrite("(\"v\" IS NULL) OR (\"v\" NOT IN('A', 'B'))").sql())
                .isEqualTo("(\"v\" IS NULL) OR (\"v\" <> ALL(ARRAY ['A', 'B']))");
        assertThat(InLists.rewrite("\"n\" IN(1, 2) AND (\"m\" > 0)").sql()).isEqualTo("\"n\" = ANY(ARRAY [1, 2]) AND (\"m\" > 0)");
        assertThat(InLists.rewrite("\"note\" <> ' IN(x)' AND \"x\" = 'it''s IN(y)'").changed()).isFalse();
        assertThat(InLists.rewrite("\"a\" IN(SELECT \"b\" FROM \"t\")").subquery()).isTrue();
        assertThat(InLists.rewrite("\"min\" > MIN(1, 2)").changed()).isFalse();
    }

    @Test
    void everyStoredExpressionWorksFromANewConnectionAfterTheOneThatMadeItIsClosed() throws SQLException {
        String url = "jdbc:h2:mem:rebind" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
            try (Connection migrating = DriverManager.getConnection(url, "sa", "");
                 Statement s = migrating.createStatement()) {
                s.execute("create domain grade as varchar(8) check (value in ('A', 'B'))");
                s.execute("create table item (id int primary key, grade grade, kind varchar(8),"
                        + " valid boolean generated always as (kind in ('X', 'Y')) not null,"
                        + " label varchar(8) default 'x' not null,"
                        + " constraint ck_item_kind check (kind is null or kind not in ('Z')))");
                H2CompiledExpressions.rebind(migrating);
            }
            try (Connection later = DriverManager.getConnection(url, "sa", ""); Statement s = later.createStatement()) {
                s.execute("insert into item (id, grade, kind) values (1, 'A', 'X')");
                s.execute("insert into item (id, grade, kind) values (2, 'B', 'Q')");
                assertThatThrownBy(() -> s.execute("insert into item (id, grade, kind) values (3, 'C', 'X')"))
                        .hasMessageContaining("violation");
                assertThatThrownBy(() -> s.execute("insert into item (id, grade, kind) values (4, 'A', 'Z')"))
                        .hasMessageContaining("ck_item_kind");
                var rs = s.executeQuery("select valid from item order by id");
                assertThat(rs.next() && rs.getBoolean(1)).isTrue();
                assertThat(rs.next() && !rs.getBoolean(1)).isTrue();
                var names = s.executeQuery("select count(*) from information_schema.check_constraints"
                        + " where constraint_name = 'ck_item_kind'");
                assertThat(names.next() && names.getInt(1) == 1).isTrue();
            }
        }
    }
}
