package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The context only starts when Flyway has migrated the empty test database and
 * Hibernate has validated every entity against it; this checks the outcome.
 */
class SchemaTests extends PostgresIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void flywayAppliedEveryMigrationOnPostgresql() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
                Long.class)).isZero();
        assertThat(jdbc.queryForList("select script from flyway_schema_history where version is not null",
                String.class))
                .contains("V1_01__foundation.sql", "V1_02__spring_session.sql");
    }

    @Test
    void theSchemaCarriesNamedConstraints() {
        assertThat(jdbc.queryForList("select conname from pg_constraint where conrelid = 'enterprise'::regclass",
                String.class)).contains("pk_enterprise", "uk_enterprise_credit_code", "fk_enterprise_district");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name in "
                + "('spring_session', 'spring_session_attributes', 'shedlock')", Long.class)).isEqualTo(3);
    }
}
