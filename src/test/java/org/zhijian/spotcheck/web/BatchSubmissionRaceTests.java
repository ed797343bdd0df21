package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies of one sampling form racing each other (a retry fired while the first
 * attempt is still running, a double click) and saves the database refuses
 * (issue 8 points 4 and 5), on PostgreSQL.
 */
class BatchSubmissionRaceTests extends PostgresIntegrationTests {

    private static final int COPIES = 8;
    private static final int ROUNDS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    BatchService batches;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;
    LocalDate today;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        Long district = fixtures.district().getId();
        enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district);
        second = fixtures.user(Role.INSPECTOR, district);
        today = batches.today();
        pool = Executors.newFixedThreadPool(COPIES);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    private String apiBody(String formNumber) {
        return """
                {"formNumber":"%s","enterpriseId":%d,"categoryId":%d,"sampleQuantity":3,"backupQuantity":3,
                 "quantityUnit":"张","samplingDate":"%s","samplingPlace":"仓库","agency":"机构",
                 "samplerIds":[%d,%d],"testedOn":"%s",
                 "results":[{"testItemId":%d,"value":"0.05"}]}""".formatted(formNumber, enterprise.getId(),
                product.getId(), today, inspector.getId(), second.getId(), today,
                product.item("甲醛释放量").orElseThrow().getId());
    }

    private MockHttpServletRequestBuilder apiPost(String key, String formNumber) {
        return post("/api/v1/spotchecks/batches").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(apiBody(formNumber))
                .with(user(Fixtures.details(inspector)));
    }

    private MockHttpServletRequestBuilder pagePost(String token, String formNumber) {
        return SpotCheckTestData.samplingForm(token, formNumber, enterprise, product, inspector, second, today, "5")
                .with(user(Fixtures.details(inspector)));
    }

    /**
     * Fires the copies behind a start gate, each a few milliseconds after the
     * previous one, so that across the rounds copies arrive before, during and
     * after the first one's transaction (a retry seldom comes at the very same
     * instant), and returns their responses.
     */
    private List<MockHttpServletResponse> race(Callable<MockHttpServletRequestBuilder> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(COPIES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
        long stepMicros = ThreadLocalRandom.current().nextLong(1000, 15000);
        for (int i = 0; i < COPIES; i++) {
            MockHttpServletRequestBuilder r = request.call();
            long delayMicros = i * stepMicros + ThreadLocalRandom.current().nextLong(1000);
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                TimeUnit.MICROSECONDS.sleep(delayMicros);
                return mvc.perform(r).andReturn().getResponse();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        List<MockHttpServletResponse> responses = new ArrayList<>();
        for (Future<MockHttpServletResponse> f : futures) {
            responses.add(f.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    private long idOf(MockHttpServletResponse response) throws Exception {
        return json.readTree(contentOf(response)).get("id").asLong();
    }

    @Test
    void racingApiRetriesWithOneIdempotencyKeyGetOneCreatedAndTheRestTheSameBatch() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String key = UUID.randomUUID().toString();
            String formNumber = "RACE" + Fixtures.next() + "-" + round;
            List<MockHttpServletResponse> responses = race(() -> apiPost(key, formNumber));

            List<Integer> statuses = responses.stream().map(MockHttpServletResponse::getStatus).sorted().toList();
            assertThat(statuses).as("round %d: %s", round, responses.stream()
                            .map(r -> r.getStatus() + " " + contentOf(r)).toList())
                    .containsExactly(200, 200, 200, 200, 200, 200, 200, 201);
            Long stored = jdbc.queryForObject("select id from sampling_batch where form_number = ?", Long.class,
                    formNumber);
            for (MockHttpServletResponse r : responses) {
                assertThat(idOf(r)).isEqualTo(stored);
            }
            String created = responses.stream().filter(r -> r.getStatus() == 201).findFirst()
                    .map(BatchSubmissionRaceTests::contentOf).orElseThrow();
            responses.stream().filter(r -> r.getStatus() == 200)
                    .forEach(r -> assertThat(contentOf(r)).isEqualTo(created));
            assertThat(jdbc.queryForObject("select count(*) from sampling_batch where submission_token = ?",
                    Integer.class, key)).isEqualTo(1);
        }
    }

    @Test
    void racingCopiesOfThePageFormAllLandOnTheOneBatch() throws Exception {
        for (int round = 0; round < 3; round++) {
            String token = UUID.randomUUID().toString();
            String formNumber = "PRACE" + Fixtures.next() + "-" + round;
            List<MockHttpServletResponse> responses = race(() -> pagePost(token, formNumber));

            Long stored = jdbc.queryForObject("select id from sampling_batch where form_number = ?", Long.class,
                    formNumber);
            assertThat(responses).allSatisfy(r -> {
                assertThat(r.getStatus()).isEqualTo(302);
                assertThat(r.getRedirectedUrl()).isEqualTo("/spotchecks/batches/" + stored);
            });
        }
    }

    @Test
    void aSaveRefusedForAnotherReasonSaysSoAndNotThatTheFormNumberExists() throws Exception {
        String formNumber = "REFUSED" + Fixtures.next();
        // A rule only the database knows, standing in for any refusal that is not a duplicate form number
        jdbc.execute("alter table sampling_batch add constraint ck_test_refused check (form_number <> '"
                + formNumber + "') not valid");
        try {
            MockHttpServletResponse page = mvc.perform(pagePost(UUID.randomUUID().toString(), formNumber))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(contentOf(page))
                    .contains("抽样单未能保存,未存储任何内容", "ck_test_refused")
                    .doesNotContain("已存在");

            MockHttpServletResponse api = mvc.perform(apiPost(UUID.randomUUID().toString(), formNumber)
                    .header("Accept-Language", "en")).andReturn().getResponse();
            assertThat(contentOf(api)).contains("could not be saved and nothing was stored", "ck_test_refused")
                    .doesNotContain("already exists");
        } finally {
            jdbc.execute("alter table sampling_batch drop constraint ck_test_refused");
        }
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                formNumber)).isZero();
    }

    @Test
    void aFormNumberTakenByAnotherFormIsStillReportedAsTaken() throws Exception {
        String formNumber = "TAKEN" + Fixtures.next();
        assertThat(mvc.perform(apiPost(UUID.randomUUID().toString(), formNumber)).andReturn().getResponse()
                .getStatus()).isEqualTo(201);

        MockHttpServletResponse page = mvc.perform(pagePost(UUID.randomUUID().toString(), formNumber))
                .andReturn().getResponse();
        assertThat(contentOf(page)).contains("抽样单编号 " + formNumber + " 已存在");
    }

    private static String contentOf(MockHttpServletResponse r) {
        try {
            return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
