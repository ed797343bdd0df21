package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/**
 * Behind a TLS proxy on the private network, X-Forwarded-Proto: https makes a request
 * secure: the response carries HSTS and the CSRF and session cookies are Secure. Needs the real
 * server (Tomcat reads the header), so it shares the browser tests' running app.
 */
class BehindTlsProxyTests extends BrowserTests {

    @Test
    void aRequestForwardedAsHttpsGetsHstsAndSecureCookies() throws Exception {
        HttpResponse<String> proxied = get("https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(cookie(proxied, "XSRF-TOKEN=")).contains("; Secure");
        assertThat(proxied.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(proxied.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(cookie(signIn(proxied, "https"), "SESSION=")).contains("; Secure");

        HttpResponse<String> plain = get(null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(cookie(plain, "XSRF-TOKEN=")).doesNotContain("Secure");
        assertThat(cookie(signIn(plain, null), "SESSION=")).doesNotContain("Secure");
    }

    private HttpResponse<String> get(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/login")));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits the login form of that page; the session starts here, not on the login page. */
    private HttpResponse<Void> signIn(HttpResponse<String> loginPage, String forwardedProto) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        String csrfCookie = cookie(loginPage, "XSRF-TOKEN=");
        String username = fixtures.user(org.zhijian.system.security.Role.ADMIN, null).getUsername();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + Fixtures.PASSWORD
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<Void> done = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(done.statusCode()).isEqualTo(302);
        return done;
    }

    private static String cookie(HttpResponse<?> response, String prefix) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(prefix)).findFirst().orElseThrow(
                () -> new AssertionError("no " + prefix + " cookie in " + cookies));
    }
}
