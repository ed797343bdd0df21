package org.zhijian.incident;

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

/** The demo city's risk information and incidents, and their pages in both languages, in the embedded default. */
class IncidentDemoCityTests extends EmbeddedDemoCityTests {

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theDemoCityHasRiskInformationInEveryStateAndAClosedIncident() {
        for (String status : new String[] {"RECEIVED", "ASSESSING", "CLOSED"}) {
            assertThat(count("select count(*) from risk_information where status = ?", status)).as(status)
                    .isPositive();
        }
        assertThat(count("select count(*) from risk_information where source = 'COMPLAINT' and enterprise_id is not null "
                + "and status = 'RECEIVED'")).isPositive();
        assertThat(count("select count(*) from risk_information where source = 'SIGNAL' and signal_key is not null"))
                .isPositive();
        for (String action : new String[] {"NONE", "SPOT_CHECK", "CLUE", "INSPECTION_TASK", "INCIDENT"}) {
            assertThat(count("select count(*) from risk_information where action = ?", action)).as(action).isPositive();
        }
        assertThat(count("select count(*) from quality_incident where status = 'CLOSED' and drill = false "
                + "and risk_information_id is not null")).isEqualTo(1);
        Long closedId = jdbc.queryForObject("select id from quality_incident where status = 'CLOSED' and drill = false",
                Long.class);
        String reference = "incident:" + closedId;
        assertThat(count("select count(distinct district_id) from inspection_task where reference = ? "
                + "and source = 'SPECIAL'", reference)).as("its special inspection ran in two districts").isEqualTo(2);
        assertThat(count("select count(*) from inspection_task where reference = ? and status <> 'DONE'", reference))
                .as("closed only once every task of its special inspection is done").isZero();
        assertThat(count("select count(*) from inspection_record r join inspection_task t on t.id = r.task_id "
                + "where t.reference = ?", reference)).isEqualTo(count("select count(*) from inspection_task "
                + "where reference = ?", reference));
        assertThat(count("select count(*) from inspection_task where reference like 'risk-information:%' "
                + "and status = 'PENDING'")).as("the task of an assessment waits for the district's officers")
                .isPositive();
        assertThat(count("select count(*) from quality_incident where drill = true")).isPositive();
        assertThat(count("select count(*) from incident_report r join quality_incident i on i.id = r.incident_id "
                + "where i.drill = false and r.kind = 'CLOSING'")).isEqualTo(1);
    }

    @Test
    void theIncidentPagesRenderInChineseAndEnglish() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=head&password=demo1234&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        Long closed = jdbc.queryForObject("select id from quality_incident where status = 'CLOSED' and drill = false",
                Long.class);
        Long item = jdbc.queryForObject("select min(id) from risk_information where status = 'RECEIVED'", Long.class);
        String[][] pages = {
                {"/risk-information", "风险信息", "Risk information"},
                {"/risk-information/" + item, "风险研判", "Assessment"},
                {"/incidents", "质量安全事故", "Quality-safety incidents"},
                {"/incidents/" + closed, "终报", "Closing report"},
                {"/incidents/figures", "应急演练不计入任何统计", "Drills never count in any figure"},
                {"/risk-information/new", "登记风险信息", "Record risk information"},
                {"/incidents/new", "登记事故", "Record an incident"}};
        for (String[] p : pages) {
            HttpResponse<String> zh = http.send(get(p[0] + (p[0].contains("?") ? "&" : "?") + "lang=zh_CN"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(zh.statusCode()).as(p[0]).isEqualTo(200);
            assertThat(zh.body()).as(p[0]).contains(p[1]);
            HttpResponse<String> en = http.send(get(p[0] + "?lang=en"), HttpResponse.BodyHandlers.ofString());
            assertThat(en.statusCode()).as(p[0]).isEqualTo(200);
            assertThat(en.body()).as(p[0]).contains(p[2]);
        }
        HttpResponse<String> export = http.send(get("/incidents/export.xlsx"), HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        HttpResponse<String> riskExport = http.send(get("/risk-information/export.xlsx"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(riskExport.statusCode()).isEqualTo(200);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
