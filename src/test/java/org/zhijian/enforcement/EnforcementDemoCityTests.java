package org.zhijian.enforcement;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.EmbeddedDemoCityTests;

/** The demo city (embedded H2) has clues and cases in every state, some overdue, and shows them to a head. */
class EnforcementDemoCityTests extends EmbeddedDemoCityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStateIsThereAndSomeAreOverdue() throws Exception {
        assertThat(jdbc.queryForList("select distinct status from enforcement_case", String.class))
                .contains("INVESTIGATING", "NOTIFIED", "HEARING_REQUESTED", "DECIDED", "DELIVERED", "EXECUTED",
                        "TRANSFERRED", "CLOSED");
        assertThat(jdbc.queryForList("select distinct status from enforcement_clue", String.class))
                .contains("RECEIVED", "OPENED", "DECLINED");
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case where due_on < current_date",
                Long.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case where procedure_kind = 'SIMPLE'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case where status = 'CLOSED' and serious",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case where document_number like '%市监处罚〔%'",
                Long.class)).isGreaterThanOrEqualTo(5);

        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=head&password=demo1234&_csrf=" + URLEncoder.encode(token.group(1),
                StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overdue = http.send(get("/enforcement/cases?overdue=true"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overdue.statusCode()).isEqualTo(200);
        assertThat(overdue.body()).contains("逾期").contains("市监立〔");
        HttpResponse<String> figures = http.send(get("/enforcement/statistics?lang=en"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(figures.statusCode()).isEqualTo(200);
        assertThat(figures.body()).contains("Fines collected").contains("Jiaojiang");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
