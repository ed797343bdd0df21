package org.zhijian;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhijian.support.EmbeddedDemoCityTests;

/**
 * The embedded default, as `./mvnw spring-boot:run` starts it: an H2 file
 * database (here in a temporary folder rather than ./data), the demo city, the
 * demo accounts. Served over real HTTP, in the context {@link EmbeddedDemoCityTests}
 * shares (a machine without system fonts, which these pages do not use).
 */
class EmbeddedDefaultSmokeTests extends EmbeddedDemoCityTests {

    @Test
    void servesTheLoginPageAndTheDemoCityToADemoAccount() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("登录");

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=admin&password=demo1234&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/");

        HttpResponse<String> list = http.send(get("/enterprises"), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("台州市").contains("椒江区");
        Matcher count = Pattern.compile("共 (\\d+) 条").matcher(list.body());
        assertThat(count.find()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isGreaterThanOrEqualTo(300);

        HttpResponse<String> jiaojiang = http.send(get("/enterprises?q=" + URLEncoder.encode("椒江",
                StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        assertThat(jiaojiang.body()).contains("台州市椒江");

        HttpResponse<String> english = http.send(get("/enterprises?lang=en"), HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("Enterprises").contains("Jiaojiang");
    }

    @Test
    void theDemoEnterpriseUserHasAnOpenObjectionWindowAHazardAwaitingEvidenceAndSelfChecks() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = http.send(get("/portal/login"), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/portal/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=jj_qiye&password=demo1234&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/portal");
        assertThat(http.send(get("/portal/batches"), HttpResponse.BodyHandlers.ofString()).body())
                .contains("QY-").contains("申请复检");
        assertThat(http.send(get("/portal/hazards"), HttpResponse.BodyHandlers.ofString()).body())
                .contains("消防通道").contains("上传整改材料");
        assertThat(http.send(get("/portal/self-checks"), HttpResponse.BodyHandlers.ofString()).body())
                .contains("本周排查风险点").contains("正常");
        // and nothing of the bureau
        assertThat(http.send(get("/enterprises"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
