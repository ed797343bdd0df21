package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.RunningServerTests;

/**
 * Visiting the login page stores no session (its CSRF token travels in a cookie); signing in starts
 * one; the login form and signed-in forms still refuse a POST without the right token; and a session
 * that existed before signing in is replaced (session fixation).
 */
class AnonymousVisitsTests extends RunningServerTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anonymousVisitsToTheLoginPageStoreNoSessionAndSigningInStillWorks() throws Exception {
        long before = sessions();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> page = send(httpGet("/login", null));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="))
                    .anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.contains("HttpOnly"));
        }
        assertThat(sessions()).isEqualTo(before);

        User user = fixtures.user(Role.ADMIN, null);
        String session = login(user.getUsername(), Fixtures.PASSWORD);
        assertThat(sessions()).isEqualTo(before + 1);
        assertThat(send(httpGet("/enterprises", session)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormRefusesAMissingOrForeignToken() throws Exception {
        User user = fixtures.user(Role.ADMIN, null);
        LoginForm form = openLogin();
        LoginForm other = openLogin();

        assertThat(post("/login", form.cookie(), login(user, null)).statusCode()).isEqualTo(403);
        assertThat(post("/login", null, login(user, form.csrf())).statusCode()).isEqualTo(403);
        assertThat(post("/login", other.cookie(), login(user, form.csrf())).statusCode()).isEqualTo(403);

        HttpResponse<String> done = post("/login", form.cookie(), login(user, form.csrf()));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(sessionCookie(done)).startsWith("SESSION=");
    }

    @Test
    void aSignedInPostWithoutTheTokenIsRefused() throws Exception {
        User user = fixtures.user(Role.ADMIN, null);
        String session = login(user.getUsername(), Fixtures.PASSWORD);
        assertThat(post("/logout", session, "").statusCode()).isEqualTo(403);
        assertThat(send(httpGet("/enterprises", session)).statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionStartedBeforeSigningInIsReplaced() throws Exception {
        // asking for a page first keeps the request in a session, to go back to it after signing in
        HttpResponse<String> redirected = send(httpGet("/enterprises", null));
        assertThat(redirected.statusCode()).isEqualTo(302);
        String anonymous = sessionCookie(redirected);
        HttpResponse<String> page = send(httpGet("/login", anonymous));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(token.find()).isTrue();

        User user = fixtures.user(Role.ADMIN, null);
        HttpResponse<String> done = post("/login", anonymous, login(user, token.group(1)));
        assertThat(done.statusCode()).isEqualTo(302);
        String signedIn = sessionCookie(done);
        assertThat(signedIn).isNotEqualTo(anonymous);
        assertThat(send(httpGet("/enterprises", signedIn)).statusCode()).isEqualTo(200);
        assertThat(send(httpGet("/enterprises", anonymous)).statusCode()).isEqualTo(302);
    }

    private long sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Long.class);
    }

    private static String login(User user, String csrf) {
        return "username=" + user.getUsername() + "&password=" + Fixtures.PASSWORD
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String cookie, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return send(b);
    }
}
