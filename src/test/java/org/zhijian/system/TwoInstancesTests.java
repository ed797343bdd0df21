package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.ClassUtils;
import org.zhijian.ZhijianApplication;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserRepository;
import org.zhijian.support.Fixtures;
import org.zhijian.support.TestDatabase;

/**
 * Two app instances on one database, as behind a load balancer: a session
 * started on one is honoured by the other, a scheduled job's lock taken by
 * one is refused to the other, and the minute recount runs once a minute in all.
 */
@Tag("integration")
class TwoInstancesTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    static String username;

    @BeforeAll
    static void start() {
        first = instance();
        second = instance();
        username = "twin" + System.nanoTime() % 1_000_000;
        String hash = first.getBean(PasswordEncoder.class).encode(Fixtures.PASSWORD);
        first.getBean(UserRepository.class).save(new User(username, hash, "twin", Role.ADMIN, null));
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    static ConfigurableApplicationContext instance() {
        TestDatabase.Connection db = TestDatabase.get();
        return new SpringApplicationBuilder(ZhijianApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--zhijian.scheduling.enabled=true");
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri(first, "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        // the login page starts no session: its CSRF token comes with a cookie
        String cookie = String.join("; ", loginPage.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri(first, "/login"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + Fixtures.PASSWORD + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        String session = sessionCookie(login);
        assertThat(session).startsWith("SESSION=");

        HttpResponse<String> onSecond = http.send(HttpRequest.newBuilder(uri(second, "/enterprises"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains("id=\"enterprise-table\"");
    }

    @Test
    void aJobLockHeldByOneInstanceIsRefusedToTheOther() {
        LockProvider a = first.getBean(LockProvider.class);
        LockProvider b = second.getBean(LockProvider.class);
        LockConfiguration config = new LockConfiguration(Instant.now(), "twin-test-" + System.nanoTime(),
                Duration.ofMinutes(5), Duration.ZERO);
        Optional<SimpleLock> held = a.lock(config);
        assertThat(held).isPresent();
        assertThat(b.lock(config)).isEmpty();
        held.get().unlock();
        assertThat(b.lock(config)).isPresent();
    }

    /**
     * The minute recount through each instance's locking proxy: the second instance, a moment after the
     * first, finds the lock still held for the rest of the minute and does not count again.
     */
    @Test
    void theMinuteRecountRunsOnceAcrossInstances() throws Exception {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        jdbc.update("delete from shedlock where name = 'dashboard-figures'");

        recount(first);
        Map<String, Object> afterFirst = jdbc.queryForMap("select locked_at, lock_until,"
                + " extract(epoch from lock_until - locked_at) as held from shedlock where name = 'dashboard-figures'");
        recount(second);
        Map<String, Object> afterSecond = jdbc.queryForMap("select locked_at, lock_until"
                + " from shedlock where name = 'dashboard-figures'");

        assertThat(((Number) afterFirst.get("held")).doubleValue()).isGreaterThanOrEqualTo(60);
        assertThat(afterSecond.get("locked_at")).isEqualTo(afterFirst.get("locked_at"));
        assertThat(afterSecond.get("lock_until")).isEqualTo(afterFirst.get("lock_until"));
    }

    private static void recount(ConfigurableApplicationContext context) throws Exception {
        Object job = context.getBean("districtFiguresJob");
        Method refresh = ClassUtils.getUserClass(job).getDeclaredMethod("refresh");
        refresh.setAccessible(true);
        refresh.invoke(job);
    }

    private static URI uri(ConfigurableApplicationContext context, String path) {
        return URI.create("http://localhost:" + port(context) + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse("");
    }
}
