package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.account.domain.User;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PdfChecks;
import org.zhijian.support.PostgresIntegrationTests;

/** The dashboard pages, report and API as a head sees them, and what a district head can never see. */
class DashboardWebTests extends PostgresIntegrationTests {

    private static DashboardFixture city;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictFigures figures;
    @Autowired
    MonthCells cells;

    @BeforeEach
    void fixture() {
        if (city == null) {
            city = new DashboardFixture(fixtures, jdbc, figures, cells);
        }
    }

    private MockHttpServletRequestBuilder page(String path, User as) {
        return get(path).param("from", "2011-01-01").param("to", "2011-12-31")
                .param("categoryId", String.valueOf(city.product)).with(user(Fixtures.details(as)));
    }

    private String nameOf(long enterpriseId) {
        return jdbc.queryForObject("select name from enterprise where id = ?", String.class, enterpriseId);
    }

    @Test
    void cityHeadSeesTheRateIntervalChangeAndTheFlaggedDistrict() throws Exception {
        String html = mvc.perform(page("/dashboard", city.cityHead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("83.8%", "同比 -12.5 个百分点", "95%置信区间 74.2%–90.3%(终判 80 批次)");
        assertThat(html).containsPattern("id=\"district-" + city.districtA + "\"[^>]*table-danger");
        assertThat(html).contains("/dashboard/districts/" + city.districtA + "?from=2011-01-01&amp;to=2011-12-31");
        assertThat(html).contains("/dashboard/products/" + city.product + "?from=2011-01-01");
        assertThat(html).contains("id=\"chart-data\"", "\"heat\"", "echarts.min.js");
        assertThat(html).contains("地区合格率显著下降", "隐患集中");
    }

    @Test
    void theDashboardSpeaksEnglish() throws Exception {
        String html = mvc.perform(page("/dashboard", city.cityHead).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pass rate", "-12.5 points on the same period last year",
                "District pass rate dropped significantly");
    }

    @Test
    void aDistrictHeadIsSentToTheirOwnDistrict() throws Exception {
        mvc.perform(page("/dashboard", city.headA)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        "/dashboard/districts/" + city.districtA + "?")));
        String html = mvc.perform(page("/dashboard/districts/" + city.districtA, city.headA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("70.0%").doesNotContain("83.8%").doesNotContain("97.5%");
    }

    @Test
    void aDistrictHeadNeverSeesAnotherDistrictByPageLinkOrApi() throws Exception {
        mvc.perform(page("/dashboard/districts/" + city.districtB, city.headA)).andExpect(status().isNotFound());
        mvc.perform(page("/dashboard/enterprises/" + city.enterprisesB.get(0), city.headA))
                .andExpect(status().isNotFound());
        String products = mvc.perform(page("/dashboard/products/" + city.product, city.headA)
                        .param("districtId", String.valueOf(city.districtB)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(products).contains(nameOf(city.enterprisesA.get(0)));
        for (long b : city.enterprisesB) {
            assertThat(products).doesNotContain(nameOf(b));
        }
        mvc.perform(page("/api/v1/dashboard/districts/" + city.districtB, city.headA)).andExpect(status().isNotFound());
        mvc.perform(page("/api/v1/dashboard/city", city.headA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.districtId").value(city.districtA))
                .andExpect(jsonPath("$.districts.length()").value(1))
                .andExpect(jsonPath("$.cityRate").doesNotExist());
        mvc.perform(page("/api/v1/dashboard/report", city.headA).param("districtId", String.valueOf(city.districtB)))
                .andExpect(status().isNotFound());
        mvc.perform(page("/dashboard", city.inspectorA)).andExpect(status().isForbidden());
    }

    @Test
    void theApiGivesTheSameFigures() throws Exception {
        mvc.perform(page("/api/v1/dashboard/city", city.cityHead)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rate.finalBatches").value(80))
                .andExpect(jsonPath("$.rate.percent").value(83.8))
                .andExpect(jsonPath("$.rate.changePoints").value(-12.5))
                .andExpect(jsonPath("$.productsFailingMost[0].failed").value(13));
        mvc.perform(page("/api/v1/dashboard/report", city.cityHead)).andExpect(status().isOk())
                .andExpect(jsonPath("$.enterprises").value(8))
                .andExpect(jsonPath("$.summary").value(
                        "共对1种产品实施监督抽查,抽查8家企业80批次产品,平均抽样合格率为83.8%,同比下降12.5个百分点"));
    }

    @Test
    void theReportDownloadsAsAPdfWhoseChineseReadsBack() throws Exception {
        byte[] pdf = mvc.perform(page("/dashboard/report", city.cityHead).param("format", "pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("监督抽查期间报告", "平均抽样合格率为83.8%", "同比下降12.5个百分点");
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertThat(PdfChecks.pageText(doc, page)).contains("第" + page + "页共" + pages + "页");
            }
            assertThat(text).as("the letterhead and Chinese dates").contains("台州市市场监督管理局")
                    .containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日至\\d{4}年\\d{1,2}月\\d{1,2}日")
                    .doesNotContain("■");
            assertThat(text).as("the charts' titles").contains("月度合格率趋势", "各地区抽样合格率对比");
            int bars = 0;
            for (int page = 0; page < pages; page++) {
                bars += PdfChecks.chartBars(doc, page);
            }
            assertThat(bars).as("two legend swatches, a bar for a month with batches and one per district (A, B)"
                    + " drawn as vector rectangles").isGreaterThanOrEqualTo(5);
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
            assertThat(PdfChecks.qrCode(doc, 0)).as("the QR code opens the same report").contains("/dashboard/report?");
            PdfChecks.recordFirstPage(doc, "period-report");
        }
    }

    @Test
    void theReportShowsTheSummaryAndDownloadsAsXlsx() throws Exception {
        String html = mvc.perform(page("/dashboard/report", city.cityHead)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("共对1种产品实施监督抽查,抽查8家企业80批次产品,平均抽样合格率为83.8%,同比下降12.5个百分点");
        byte[] xlsx = mvc.perform(page("/dashboard/report", city.cityHead).param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> summary = wb.getFirstSheet().read();
            assertThat(summary.get(2).getCellText(0)).contains("83.8%", "12.5");
            List<Row> districts = wb.getSheets().skip(1).findFirst().orElseThrow().read();
            assertThat(districts).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo(jdbc.queryForObject(
                        "select name_zh from district where id = ?", String.class, city.districtA));
                assertThat(r.getCellText(4)).isEqualTo("70.0");
            });
        }
    }
}
