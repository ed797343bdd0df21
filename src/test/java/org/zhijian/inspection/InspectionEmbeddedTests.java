package org.zhijian.inspection;

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

/** The demo city's inspections in the embedded default: tasks in every state, records, published results. */
class InspectionEmbeddedTests extends EmbeddedDemoCityTests {

    @Test
    void theDemoCityHasTasksInEveryStateRecordsWithFindingsAndPublishedResults() throws Exception {
        HttpClient http = loggedIn("admin");
        for (String status : new String[] {"PENDING", "ASSIGNED", "IN_PROGRESS", "DONE", "CANCELLED"}) {
            HttpResponse<String> list = send(http, "/inspection/tasks?status=" + status);
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(count(list.body())).as("tasks %s", status).isPositive();
        }
        HttpResponse<String> records = send(http, "/inspection/records");
        assertThat(count(records.body())).isGreaterThanOrEqualTo(5);
        HttpResponse<String> checklists = send(http, "/inspection/checklists");
        assertThat(checklists.body()).contains("电线电缆生产企业检查事项清单").contains("第 2 版");
        HttpResponse<String> withFindings = send(http, "/inspection/records?result=ORDERED_TO_CORRECT");
        Matcher link = Pattern.compile("href=\"(/inspection/records/\\d+)\"").matcher(withFindings.body());
        assertThat(link.find()).isTrue();
        HttpResponse<String> record = send(http, link.group(1));
        assertThat(record.body()).contains("未配备质量安全员").contains("hazard-link").contains("质量安全总监");

        HttpResponse<String> english = send(http, "/inspection/tasks?lang=en");
        assertThat(english.body()).contains("Inspection tasks");

        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> published = send(anonymous, "/public/inspections");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("发现问题已责令改正").contains("未发现问题")
                .contains("双随机抽查")
                .doesNotContain("未配备质量安全员").doesNotContain("近两周无日管控检查记录")
                .doesNotContain("出厂检验报告缺少本月三个批次");
    }

    private static long count(String body) {
        Matcher m = Pattern.compile("共 (\\d+) 条").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = send(http, "/login");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + username + "&password=demo1234&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/");
        return http;
    }

    private HttpResponse<String> send(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
