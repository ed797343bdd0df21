package org.zhijian.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Base for tests that talk to the real server on PostgreSQL: real sessions in the
 * database, real cookies, requests truly in parallel over HTTP. The application
 * context is the one every {@link PostgresIntegrationTests} shares; MockMvc is
 * there too for what HTTP cannot reach.
 */
public abstract class RunningServerTests extends PostgresIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpRequest.Builder httpGet(String path, String sessionCookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        return sessionCookie == null ? b : b.header("Cookie", sessionCookie);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Opens the login page as a browser does: the cookies it sets (the CSRF cookie; an anonymous visit
     * starts no session) and the form's CSRF token.
     */
    protected LoginForm openLogin() throws IOException, InterruptedException {
        HttpResponse<String> page = send(httpGet("/login", null));
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login page: " + page.statusCode());
        }
        return new LoginForm(cookies(page), token.group(1));
    }

    /** Every cookie a response sets, as a Cookie request header ("A=1; B=2"). */
    protected static String cookies(HttpResponse<?> response) {
        return String.join("; ", response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).toList());
    }

    protected HttpResponse<String> submitLogin(LoginForm form, String username, String password)
            throws IOException, InterruptedException {
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(form.csrf());
        return send(HttpRequest.newBuilder(uri("/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in through the form; returns the new session's cookie ("SESSION=…"). */
    protected String login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> done = submitLogin(openLogin(), username, password);
        if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + done.statusCode() + " " + done.headers().map());
        }
        return sessionCookie(done);
    }

    protected static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last).orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public record LoginForm(String cookie, String csrf) {
    }
}
