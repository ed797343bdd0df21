package org.zhijian.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.EmbeddedDemoCityTests;

/** The demo city's credit: published penalties, listings in every end state, the public page without login. */
class CreditDemoEmbeddedTests extends EmbeddedDemoCityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCityHasPublishedPenaltiesAndListingsInEveryState() throws Exception {
        Map<String, Long> byStatus = jdbc.queryForList("select status, count(*) as n from credit_listing group by status")
                .stream().collect(Collectors.toMap(r -> (String) r.get("status"), r -> ((Number) r.get("n")).longValue()));
        assertThat(byStatus).containsKeys("PROPOSED", "LISTED", "REMOVAL_APPLIED", "REMOVED", "EXPIRED");
        assertThat(jdbc.queryForObject("select count(*) from enterprise where listed", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from credit_entry where kind = 'PENALTY'", Long.class))
                .isGreaterThanOrEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from credit_penalty_notice where published_on > publish_by",
                Long.class)).as("one penalty published late, flagged").isPositive();

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/credit")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("市监处罚〔").contains("严重违法失信名单");
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/credit/feed.atom")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/atom+xml"));
        assertThat(feed.body()).contains("<entry>");
    }
}
