package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.support.EmbeddedDemoCityTests;

/** The installable web app in the embedded demo mode (H2): its files are served, the demo city is searchable by pinyin. */
class FieldEmbeddedTests extends EmbeddedDemoCityTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theManifestAndServiceWorkerAreServedBeforeLoginAndEveryDemoEnterpriseHasItsInitials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/manifest.json", "/sw.js", "/js/offline.js"}) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name_initials is null or name_initials = ''",
                Integer.class)).isZero();
    }
}
