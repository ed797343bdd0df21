package org.zhijian.support;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhijian.ZhijianApplication;

/**
 * Two instances started at the same moment on one new, empty PostgreSQL database (on the
 * test server), as when a cluster is first deployed. {@link #close()} stops them and drops
 * the database.
 */
public final class TwoFreshInstances implements AutoCloseable {

    public final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    public final List<Throwable> failures = new ArrayList<>();
    private final String database;

    private TwoFreshInstances(String database) {
        this.database = database;
    }

    /** Starts both with these extra arguments (on top of the test profile, a random port and the new database). */
    public static TwoFreshInstances start(String... arguments) throws Exception {
        TestDatabase.Connection shared = TestDatabase.get();
        TwoFreshInstances twins = new TwoFreshInstances(
                "zhijian_twins_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        admin(shared, "create database " + twins.database + " encoding 'UTF8' template template0");
        String url = inDatabase(shared.url(), twins.database);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + shared.username(),
                "--spring.datasource.password=" + shared.password()));
        args.addAll(List.of(arguments));
        // Spring Boot sets up logging for the whole JVM, which two applications in one JVM cannot do at the
        // same instant (separate processes never share it): one at a time up to there, then together, so
        // that what they do at start-up really races.
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
                            .run(args.toArray(String[]::new));
                }));
            }
            for (Future<ConfigurableApplicationContext> start : starts) {
                try {
                    twins.instances.add(start.get());
                } catch (ExecutionException e) {
                    twins.failures.add(e.getCause());
                }
            }
        } finally {
            pool.shutdown();
        }
        return twins;
    }

    @Override
    public void close() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        admin(TestDatabase.get(), "drop database if exists " + database + " with (force)");
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
