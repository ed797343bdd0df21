package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.support.BrowserTests;

/**
 * Behind a TLS proxy on the private network, X-Forwarded-Proto: https makes a request
 * secure: the response carries HSTS and the session cookie is Secure. Needs the real
 * server (Tomcat reads the header), so it shares the browser tests' running app.
 */
class BehindTlsProxyTests extends BrowserTests {

    @Test
    void aRequestForwardedAsHttpsGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<Void> proxied = get("https");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(sessionCookie(proxied)).contains("; Secure");
        assertThat(proxied.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(proxied.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        HttpResponse<Void> plain = get(null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
    }

    private HttpResponse<Void> get(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/login")));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow(
                () -> new AssertionError("no session cookie in " + cookies));
    }
}
