package org.zhijian.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests: the whole application on PostgreSQL, migrated by
 * Flyway and validated by Hibernate, with MockMvc. All subclasses share one
 * application context and one database, so tests make their own data with
 * {@link Fixtures} (unique codes and names) instead of expecting an empty table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class PostgresIntegrationTests {

    @Autowired
    protected Fixtures fixtures;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }
}
