package org.zhijian.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Base for integration tests: the whole application on PostgreSQL, migrated by
 * Flyway and validated by Hibernate, with MockMvc, served on a random port.
 * All subclasses, {@link RunningServerTests} and {@link BrowserTests} included,
 * share this one application context and one database (so declare nothing here
 * or in a subclass that would change the context: no properties, profiles or
 * mock beans), and tests make their own data with {@link Fixtures} (unique codes
 * and names) instead of expecting an empty table. Tagged "integration": run by
 * {@code ./mvnw verify} (failsafe), never by {@code ./mvnw test}.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class PostgresIntegrationTests {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    private FilterChainProxy securityFilters;

    @Autowired
    private CsrfTokenRepository pageCsrfTokens;

    /**
     * Puts the application's own CSRF token store back into the shared application. Spring Security's
     * MockMvc {@code csrf()} replaces the store in the CSRF filter for good (with a session-only one), so
     * without this a test over real HTTP would see sessions and tokens the application never makes, and
     * what it sees would depend on which tests ran before it.
     */
    @BeforeEach
    void applicationCsrfTokens() {
        securityFilters.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
                .filter(CsrfFilter.class::isInstance)
                .forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", pageCsrfTokens));
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
