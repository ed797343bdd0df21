package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchDetails;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PlanDetails;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.SpotCheckPlan;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Forms keep what was typed and say what is wrong beside it, in Chinese and English. */
class SpotCheckPagesTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BatchService batches;

    @Autowired
    PlanService plans;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    Enterprise enterprise;
    ProductCategory product;
    User inspector;
    User second;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        product = data.woodPanel();
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        second = fixtures.user(Role.INSPECTOR, district.getId());
    }

    @Test
    void resultsDatedInTheFutureAreRefusedBesideTheField() throws Exception {
        SamplingBatch b = fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(enterprise, product, inspector, second, batches.today())));

        mvc.perform(post("/spotchecks/batches/" + b.getId() + "/results").with(csrf())
                        .with(user(Fixtures.details(inspector)))
                        .param("version", String.valueOf(b.getVersion()))
                        .param("testedOn", batches.today().plusDays(3).toString())
                        .param("results[0].testItemId", product.getItems().get(0).getId().toString())
                        .param("results[0].value", "0.05"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"testedOn-error\"")))
                .andExpect(content().string(containsString("日期不能晚于今天")));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedBeforeTheSamplingIsRecorded() throws Exception {
        String formNumber = "PH" + Fixtures.next();
        var request = multipart("/spotchecks/batches")
                .file(new MockMultipartFile("photos", "evidence.jpg", "image/jpeg", "<html>".getBytes()))
                .with(csrf()).with(user(Fixtures.details(inspector)))
                .param("submissionToken", UUID.randomUUID().toString()).param("formNumber", formNumber)
                .param("enterpriseId", enterprise.getId().toString()).param("categoryId", product.getId().toString())
                .param("sampleQuantity", "3").param("backupQuantity", "3").param("quantityUnit", "张")
                .param("samplingDate", batches.today().toString()).param("samplingPlace", "成品仓库")
                .param("agency", "机构").param("samplerIds", inspector.getId().toString(), second.getId().toString());

        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只接受 JPEG、PNG、WebP 或 HEIC 图片")))
                .andExpect(content().string(containsString("value=\"" + formNumber + "\"")));
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                formNumber)).isZero();
    }

    @Test
    void resultsWithoutTheDayTheyWereTestedOnAreRefusedOnThePageAndByTheApi() throws Exception {
        String formNumber = "TD" + Fixtures.next();
        Long item = product.getItems().get(0).getId();
        mvc.perform(post("/spotchecks/batches").with(csrf()).with(user(Fixtures.details(inspector)))
                        .param("submissionToken", UUID.randomUUID().toString()).param("formNumber", formNumber)
                        .param("enterpriseId", enterprise.getId().toString())
                        .param("categoryId", product.getId().toString())
                        .param("sampleQuantity", "3").param("backupQuantity", "3").param("quantityUnit", "张")
                        .param("samplingDate", batches.today().toString()).param("samplingPlace", "成品仓库")
                        .param("agency", "机构")
                        .param("samplerIds", inspector.getId().toString(), second.getId().toString())
                        .param("results[0].testItemId", item.toString()).param("results[0].value", "0.05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"testedOn-error\"")))
                .andExpect(content().string(containsString("value=\"" + formNumber + "\"")));

        mvc.perform(post("/api/v1/spotchecks/batches").header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).with(user(Fixtures.details(inspector)))
                        .content("""
                                {"formNumber":"%s","enterpriseId":%d,"categoryId":%d,"sampleQuantity":3,
                                 "backupQuantity":3,"quantityUnit":"张","samplingDate":"%s","samplingPlace":"仓库",
                                 "agency":"机构","samplerIds":[%d,%d],"results":[{"testItemId":%d,"value":"0.05"}]}"""
                                .formatted(formNumber, enterprise.getId(), product.getId(), batches.today(),
                                        inspector.getId(), second.getId(), item)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("testedOn"));
        assertThat(jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                formNumber)).isZero();
    }

    @Test
    void pagesRenderInEnglish() throws Exception {
        mvc.perform(get("/spotchecks/rates").param("lang", "en").with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pass rates")))
                .andExpect(content().string(containsString("Only batches with a final verdict count")));
        mvc.perform(get("/spotchecks/batches/new").param("enterpriseId", enterprise.getId().toString())
                        .param("categoryId", product.getId().toString()).param("lang", "en")
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick at least two samplers")))
                .andExpect(content().string(containsString("capture=\"environment\"")))
                .andExpect(content().string(containsString(second.getDisplayName())));
    }

    @Test
    void thePlanListShowsTheProgressPlanProgressComputes() throws Exception {
        User admin = fixtures.user(Role.ADMIN, district.getId());
        int year = batches.today().getYear();
        SpotCheckPlan plan = fixtures.as(Fixtures.details(admin), () -> plans.create(new PlanDetails(
                "QX-" + Fixtures.next(), "计划", year, PlanLevel.DISTRICT, false, null, Set.of(product.getId()),
                Map.of(district.getId(), 3))));
        for (int i = 0; i < 2; i++) {
            BatchDetails d = data.sampling(enterprise, product, inspector, second, batches.today());
            fixtures.as(Fixtures.details(inspector), () -> batches.record(new BatchDetails(d.formNumber(),
                    plan.getId(), d.enterpriseId(), d.categoryId(), d.brand(), d.modelSpec(), d.productionBatchNo(),
                    d.productionDate(), d.sampleQuantity(), d.backupQuantity(), d.quantityUnit(), d.samplingDate(),
                    d.samplingPlace(), d.agency(), d.samplerIds(), d.submissionToken())));
        }
        // 2 of 3: PlanProgress rounds to 67 %, where the page used to cut it to 66 %
        int percent = fixtures.as(Fixtures.details(inspector), () -> plans.totalProgress(plan.getId())).percent();
        assertThat(percent).isEqualTo(67);

        String page = mvc.perform(get("/spotchecks/plans").param("year", String.valueOf(year))
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("href=\"/spotchecks/plans/" + plan.getId() + "\"");
        assertThat(start).isPositive();
        String entry = page.substring(start, page.indexOf("</a>", start));
        assertThat(entry).contains("style=\"width:" + percent + "%\"", "aria-valuenow=\"2\"",
                "aria-valuemax=\"3\"", "2 / 3 批次");
    }
}
