package org.zhijian.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the tests find PostgreSQL, in this order: an explicit URL
 * (ZHIJIAN_TEST_DB_URL with _USERNAME and _PASSWORD); Testcontainers when a
 * Docker engine answers; else the local server on localhost:5432, in a fresh
 * database created for this test run and dropped when the JVM exits.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (Boolean.getBoolean("zhijian.test.unit-only")) {
            throw new IllegalStateException("./mvnw test runs unit tests only, without PostgreSQL: a test that needs"
                    + " the database extends PostgresIntegrationTests or is tagged @Tag(\"integration\"), and"
                    + " ./mvnw verify runs it");
        }
        if (connection == null) {
            connection = resolve();
        }
        return connection;
    }

    /** Points a test application context at the test database. */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        Connection db = get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
    }

    private static Connection resolve() {
        String url = System.getenv("ZHIJIAN_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, env("ZHIJIAN_TEST_DB_USERNAME", "postgres"),
                    env("ZHIJIAN_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return createLocalDatabase();
    }

    private static boolean dockerAvailable() {
        boolean configured = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static Connection createLocalDatabase() {
        String host = env("ZHIJIAN_TEST_PG_HOST", "localhost");
        String port = env("ZHIJIAN_TEST_PG_PORT", "5432");
        String user = env("ZHIJIAN_TEST_PG_USER", "postgres");
        String password = env("ZHIJIAN_TEST_PG_PASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        String name = "zhijian_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, user, password, "create database " + name + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(admin, user, password, "drop database if exists " + name + " with (force)")));
        return new Connection("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + url + " as " + user
                    + " (start it, or set ZHIJIAN_TEST_DB_URL): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
