package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.RunningServerTests;
import org.zhijian.support.TestDatabase;

/**
 * The database becomes unreachable while the application runs (issue 8 point
 * 11): the test database stops accepting connections and its open ones are
 * cut, as when PostgreSQL goes down. Every kind of request must answer 503 in
 * seconds (never 401 to correct credentials), health and readiness must say
 * DOWN, and everything must work again once the database is back.
 */
class DatabaseOutageTests extends RunningServerTests {

    private static final Duration FAST = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;

    private final ExecutorService pool = Executors.newFixedThreadPool(10);

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void anUnreachableDatabaseIsAnswered503QuicklyEverywhereAndTheAppRecovers() throws Exception {
        User admin = fixtures.user(Role.ADMIN, null);
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin.getUsername() + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String session = login(admin.getUsername(), Fixtures.PASSWORD);
        LoginForm loginPage = openLogin();
        assertThat(send(httpGet("/api/v1/spotchecks/plans", null).header("Authorization", basic)).statusCode())
                .isEqualTo(200);
        assertThat(send(httpGet("/actuator/health/readiness", null)).statusCode()).isEqualTo(200);

        long start = System.nanoTime();
        setDatabaseReachable(false);
        try {
            Future<HttpResponse<String>> api = async(() -> send(httpGet("/api/v1/spotchecks/plans", null)
                    .header("Authorization", basic)));
            Future<HttpResponse<String>> page = async(() -> send(httpGet("/enterprises", session)));
            Future<HttpResponse<String>> login = async(() -> submitLogin(loginPage, admin.getUsername(),
                    Fixtures.PASSWORD));
            Future<HttpResponse<String>> health = async(() -> send(httpGet("/actuator/health", null)));
            Future<HttpResponse<String>> readiness = async(() -> send(httpGet("/actuator/health/readiness", null)));
            Future<MockHttpServletResponse> apiQuery = async(() -> mvc.perform(get("/api/v1/spotchecks/batches")
                    .with(user(Fixtures.details(admin)))).andReturn().getResponse());
            Future<MockHttpServletResponse> pageQuery = async(() -> mvc.perform(get("/licences")
                    .with(user(Fixtures.details(admin)))).andReturn().getResponse());
            Future<MockHttpServletResponse> formLogin = async(() -> mvc.perform(formLogin()
                    .user(admin.getUsername()).password(Fixtures.PASSWORD)).andReturn().getResponse());

            // correct credentials that cannot be checked: 503 problem, not 401
            assertProblem(api.get(30, TimeUnit.SECONDS));
            assertThat(apiQuery.get(30, TimeUnit.SECONDS)).satisfies(r -> {
                assertThat(r.getStatus()).isEqualTo(503);
                assertThat(r.getContentType()).startsWith("application/problem+json");
                assertThat(r.getHeader("Retry-After")).isNotBlank();
            });
            // a page whose session cannot be loaded, a login that cannot check the password, a page query
            assertUnavailablePage(page.get(30, TimeUnit.SECONDS));
            assertUnavailablePage(login.get(30, TimeUnit.SECONDS));
            for (MockHttpServletResponse r : new MockHttpServletResponse[] {pageQuery.get(30, TimeUnit.SECONDS),
                    formLogin.get(30, TimeUnit.SECONDS)}) {
                assertThat(r.getStatus()).isEqualTo(503);
                assertThat(r.getHeader("Retry-After")).isNotBlank();
                assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("系统暂时无法使用");
            }
            for (HttpResponse<String> probe : java.util.List.of(health.get(30, TimeUnit.SECONDS),
                    readiness.get(30, TimeUnit.SECONDS))) {
                assertThat(probe.statusCode()).as(probe.uri().getPath()).isEqualTo(503);
                assertThat(probe.body()).contains("DOWN");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
        } finally {
            setDatabaseReachable(true);
        }

        HttpResponse<String> ready = awaitReady();
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(send(httpGet("/api/v1/spotchecks/plans", null).header("Authorization", basic)).statusCode())
                .isEqualTo(200);
        assertThat(send(httpGet("/enterprises", session)).statusCode()).isEqualTo(200);
        assertThat(login(admin.getUsername(), Fixtures.PASSWORD)).startsWith("SESSION=");
    }

    private static void assertProblem(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(r.body()).contains("\"status\":503");
    }

    private static void assertUnavailablePage(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri().getPath()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("系统暂时无法使用", "</html>");
    }

    private HttpResponse<String> awaitReady() {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(() -> send(httpGet("/actuator/health/readiness", null)), r -> r.statusCode() == 200);
    }

    private <T> Future<T> async(Callable<T> call) {
        return pool.submit(call);
    }

    /** Makes the test database refuse connections and cuts the open ones, or lets it accept them again. */
    private static void setDatabaseReachable(boolean reachable) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        String name = db.url().substring(db.url().lastIndexOf('/') + 1).split("\\?")[0];
        String admin = db.url().substring(0, db.url().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, db.username(), db.password());
             Statement s = c.createStatement()) {
            s.execute("alter database " + name + " allow_connections " + reachable);
            if (!reachable) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
            }
        }
    }
}
