package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Two inspectors record the results of one batch at the same moment: one wins,
 * the other is told (409, with what was recorded) instead of meeting a 500 from
 * the results' unique key.
 */
class ConcurrentResultsTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchService batches;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theLaterOfTwoConcurrentRecordingsIsAConflictNotAServerError() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User first = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        LocalDate today = batches.today();
        SamplingBatch b = fixtures.as(Fixtures.details(first),
                () -> batches.record(data.sampling(enterprise, product, first, second, today.minusDays(30))));

        // the first recording is made and holds its transaction open ...
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> winner = CompletableFuture.runAsync(() -> fixtures.as(Fixtures.details(first),
                () -> new TransactionTemplate(transactions).execute(status -> {
                    batches.recordResults(b.getId(), b.getVersion(), today.minusDays(20), "BG-FIRST",
                            data.results(product, "0.05"));
                    recorded.countDown();
                    await(commit);
                    return null;
                })));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

        // ... while the second, from the same version, arrives
        String body = """
                {"testedOn":"%s","reportNumber":"BG-SECOND","version":%d,"results":[
                 {"testItemId":%d,"value":"0.5"},{"testItemId":%d,"value":"8"},{"testItemId":%d,"value":"合格"}]}"""
                .formatted(today.minusDays(19), b.getVersion(), product.item("甲醛释放量").orElseThrow().getId(),
                        product.item("含水率").orElseThrow().getId(), product.item("标识").orElseThrow().getId());
        CompletableFuture<MockHttpServletResponse> loser = CompletableFuture.supplyAsync(() -> {
            try {
                return mvc.perform(post("/api/v1/spotchecks/batches/{id}/results", b.getId())
                        .with(user(Fixtures.details(second))).contentType(MediaType.APPLICATION_JSON).content(body))
                        .andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitUntilAQueryWaitsForALock();
        commit.countDown();
        winner.get(30, TimeUnit.SECONDS);
        MockHttpServletResponse response = loser.get(30, TimeUnit.SECONDS);

        assertThat(response.getStatus()).isEqualTo(409);
        String json = response.getContentAsString();
        assertThat((Integer) JsonPath.read(json, "$.currentVersion")).isEqualTo((int) b.getVersion() + 1);
        assertThat((String) JsonPath.read(json, "$.current.verdict")).isEqualTo("PASS");
        assertThat(jdbc.queryForObject("select report_number from sampling_batch where id = ?", String.class,
                b.getId())).isEqualTo("BG-FIRST");
        assertThat(jdbc.queryForObject("select count(*) from batch_result where batch_id = ?", Long.class, b.getId()))
                .isEqualTo(3);
    }

    private void waitUntilAQueryWaitsForALock() {
        org.awaitility.Awaitility.await("the second recording waits for the first").atMost(Duration.ofSeconds(30))
                .until(() -> {
                    Long waiting = jdbc.queryForObject("select count(*) from pg_stat_activity"
                            + " where datname = current_database() and wait_event_type = 'Lock'", Long.class);
                    return waiting != null && waiting > 0;
                });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
