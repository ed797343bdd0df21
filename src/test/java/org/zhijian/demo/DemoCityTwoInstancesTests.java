package org.zhijian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.ZhijianApplication;
import org.zhijian.support.TestDatabase;

/**
 * Two instances started at the same moment on one empty PostgreSQL database, as
 * when a cluster is first deployed: both come up, and the demo city is loaded
 * once (one instance loads it while the other waits, then finds it there).
 */
@Tag("integration")
class DemoCityTwoInstancesTests {

    static String database;
    static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    static final List<Throwable> failures = new ArrayList<>();

    @BeforeAll
    static void startTogether() throws Exception {
        TestDatabase.Connection shared = TestDatabase.get();
        database = "zhijian_twins_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(shared, "create database " + database + " encoding 'UTF8' template template0");
        String url = inDatabase(shared.url(), database);
        // Spring Boot sets up logging for the whole JVM, which two applications in one JVM cannot do at the
        // same instant (separate processes never share it): one at a time up to there, then together, so
        // that migrating and loading the demo city really race.
        Semaphore loggingOneAtATime = new Semaphore(1);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(pool.submit(() -> {
                    if (!loggingOneAtATime.tryAcquire(2, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the other instance never got past its logging set-up");
                    }
                    ApplicationListener<ApplicationContextInitializedEvent> release = event -> {
                        loggingOneAtATime.release();
                        try {
                            together.await(2, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    };
                    return new SpringApplicationBuilder(ZhijianApplication.class).profiles("test").listeners(release)
                            .run("--server.port=0", "--spring.datasource.url=" + url,
                                    "--spring.datasource.username=" + shared.username(),
                                    "--spring.datasource.password=" + shared.password(),
                                    "--zhijian.demo.enabled=true");
                }));
            }
            for (Future<ConfigurableApplicationContext> start : starts) {
                try {
                    instances.add(start.get());
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        admin(TestDatabase.get(), "drop database if exists " + database + " with (force)");
    }

    @Test
    void bothInstancesStartAndTheDemoCityIsLoadedOnce() {
        assertThat(failures).isEmpty();
        assertThat(instances).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
        JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from district", Integer.class))
                .isEqualTo(DemoCityData.DISTRICTS.length);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'admin'", Integer.class))
                .isEqualTo(1);
    }

    /** The same server, another database: jdbc:postgresql://host:port/name?params. */
    private static String inDatabase(String url, String name) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    /** Runs a statement in the server's maintenance database, where databases are created and dropped. */
    private static void admin(TestDatabase.Connection shared, String sql) throws Exception {
        try (var c = DriverManager.getConnection(inDatabase(shared.url(), "postgres"), shared.username(),
                shared.password());
             var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
