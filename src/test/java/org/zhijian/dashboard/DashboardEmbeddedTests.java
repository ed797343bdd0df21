package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhijian.support.EmbeddedDemoCityTests;

/**
 * The dashboards in the embedded demo mode (H2 in PostgreSQL mode, the demo city): the
 * queries that PostgreSQL answers from covering indexes must also run on H2, in both languages.
 */
class DashboardEmbeddedTests extends EmbeddedDemoCityTests {

    @Test
    void theDemoCityHasDashboardsAndReportsOnH2() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo1234&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        int lastYear = LocalDate.now().getYear() - 1;
        String period = "from=" + lastYear + "-01-01&to=" + LocalDate.now();
        HttpResponse<String> city = http.send(get("/dashboard?" + period), HttpResponse.BodyHandlers.ofString());
        assertThat(city.statusCode()).isEqualTo(200);
        assertThat(city.body()).contains("全市质量监管驾驶舱", "id=\"chart-data\"", "椒江区");
        assertThat(city.body()).containsPattern("\\d+\\.\\d%");

        HttpResponse<String> english = http.send(get("/dashboard?" + period + "&lang=en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(english.body()).contains("City quality supervision dashboard", "Jiaojiang");

        HttpResponse<String> report = http.send(get("/dashboard/report?" + period + "&lang=zh_CN"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("平均抽样合格率为");
        HttpResponse<byte[]> pdf = http.send(get("/dashboard/report?" + period + "&format=pdf"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
