package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * District scoping of batches by page and API, double submissions by page and
 * API, and what the public announcement pages may show.
 */
class SpotCheckSecurityTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchService batches;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    District home;
    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;
    User stranger;
    LocalDate today;

    @BeforeEach
    void setUp() {
        home = fixtures.district();
        enterprise = fixtures.enterprise(home.getId(), Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, home.getId());
        second = fixtures.user(Role.INSPECTOR, home.getId());
        stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        today = batches.today();
    }

    private SamplingBatch recorded(String formaldehyde) {
        return fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(enterprise, product, inspector, second, today.minusDays(30)), today.minusDays(20), "BG",
                data.results(product, formaldehyde)));
    }

    private MockHttpServletRequestBuilder form(String token, String formNumber) {
        return SpotCheckTestData.samplingForm(token, formNumber, enterprise, product, inspector, second, today, "５");
    }

    @Test
    void anotherDistrictsInspectorCannotSeeABatchByPageListOrApi() throws Exception {
        SamplingBatch b = recorded("0.05");

        mvc.perform(get("/spotchecks/batches/" + b.getId()).with(user(Fixtures.details(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/spotchecks/batches/" + b.getId()).with(user(Fixtures.details(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/spotchecks/batches").param("districtId", home.getId().toString())
                        .with(user(Fixtures.details(stranger))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(b.getFormNumber()))));
        mvc.perform(get("/api/v1/spotchecks/batches").param("enterpriseId", enterprise.getId().toString())
                        .with(user(Fixtures.details(stranger))))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/spotchecks/batches/" + b.getId()).with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(b.getFormNumber())));
    }

    @Test
    void anotherDistrictsInspectorCannotRecordABatchByPageOrApi() throws Exception {
        String formNumber = "X" + Fixtures.next();
        mvc.perform(form(UUID.randomUUID().toString(), formNumber).with(user(Fixtures.details(stranger))))
                .andExpect(status().isNotFound());
        String body = """
                {"formNumber":"%s","enterpriseId":%d,"categoryId":%d,"sampleQuantity":3,"backupQuantity":3,
                 "quantityUnit":"张","samplingDate":"%s","samplingPlace":"仓库","agency":"机构",
                 "samplerIds":[%d,%d]}""".formatted(formNumber, enterprise.getId(), product.getId(), today,
                inspector.getId(), second.getId());
        mvc.perform(post("/api/v1/spotchecks/batches").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(Fixtures.details(stranger))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                formNumber)).isZero();
    }

    @Test
    void doubleClickOnThePageMakesOneBatchWithItsDerivedVerdict() throws Exception {
        String token = UUID.randomUUID().toString();
        String formNumber = "D" + Fixtures.next();
        String first = mvc.perform(form(token, formNumber).with(user(Fixtures.details(inspector))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(form(token, formNumber).with(user(Fixtures.details(inspector))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                formNumber)).isEqualTo(1);
        // ５ mg/m³ of formaldehyde (typed full-width) is far over 0.124: the batch fails
        assertThat(jdbc.queryForObject("select verdict from sampling_batch where form_number = ?", String.class,
                formNumber)).isEqualTo("FAIL");
    }

    @Test
    void apiRetryWithTheSameIdempotencyKeyReturnsTheFirstBatch() throws Exception {
        String key = UUID.randomUUID().toString();
        String formNumber = "K" + Fixtures.next();
        String body = """
                {"formNumber":"%s","enterpriseId":%d,"categoryId":%d,"sampleQuantity":3,"backupQuantity":3,
                 "quantityUnit":"张","samplingDate":"%s","samplingPlace":"仓库","agency":"机构",
                 "samplerIds":[%d,%d],"testedOn":"%s",
                 "results":[{"testItemId":%d,"value":" ０．０５ "}]}""".formatted(formNumber, enterprise.getId(),
                product.getId(), today, inspector.getId(), second.getId(), today,
                product.item("甲醛释放量").orElseThrow().getId());
        String location = mvc.perform(post("/api/v1/spotchecks/batches").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("PASS"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/spotchecks/batches").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formNumber").value(formNumber));
        assertThat(location).endsWith("/" + jdbc.queryForObject("select id from sampling_batch where form_number = ?",
                Long.class, formNumber));
    }

    @Test
    void publicPagesShowOnlyPublishedFinalResultsAndNothingInternal() throws Exception {
        User head = fixtures.user(Role.HEAD, home.getId());
        SamplingBatch published = recorded("0.05");
        fixtures.as(Fixtures.details(head), () -> batches.publish(published.getId()));
        SamplingBatch finalButUnpublished = recorded("0.06");
        SamplingBatch inObjectionWindow = recorded("0.9");
        fixtures.as(Fixtures.details(inspector), () -> batches.advance(inObjectionWindow.getId(),
                batches.get(inObjectionWindow.getId()).getVersion(), new StepCommand(PostProcessingAction.NOTIFY,
                        today.minusDays(1), null, null, null, null)));

        mvc.perform(get("/public/announcements").param("enterprise", enterprise.getName()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-form=\"" + published.getFormNumber() + "\"")))
                .andExpect(content().string(not(containsString(finalButUnpublished.getFormNumber()))))
                .andExpect(content().string(not(containsString(inObjectionWindow.getFormNumber()))))
                .andExpect(content().string(not(containsString(inspector.getDisplayName()))))
                .andExpect(content().string(not(containsString(second.getDisplayName()))));
        mvc.perform(get("/public/announcements/feed.atom").param("categoryId", product.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/atom+xml")))
                .andExpect(content().string(containsString(published.getFormNumber())))
                .andExpect(content().string(not(containsString(inObjectionWindow.getFormNumber()))))
                .andExpect(content().string(not(containsString(inspector.getDisplayName()))));
        mvc.perform(post("/api/v1/spotchecks/batches/" + inObjectionWindow.getId() + "/publish")
                        .with(user(Fixtures.details(head))))
                .andExpect(status().isBadRequest());
    }
}
