package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PdfChecks;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.pdf.OfficialDocuments;
import org.zhijian.system.security.Role;

/** The sampling form (抽样单) printed from a batch: its number, Chinese dates, page numbers, a QR code to the batch. */
class SamplingFormPdfTests extends PostgresIntegrationTests {

    @Autowired
    BatchService batches;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    OfficialDocuments documents;

    @Autowired
    MockMvc mvc;

    @Test
    void theFormCarriesItsNumberTheSampleAndAQrCodeThatOpensTheBatch() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        LocalDate today = batches.today();
        SamplingBatch b = fixtures.as(Fixtures.details(inspector),
                () -> batches.record(data.sampling(enterprise, product, inspector, second, today)));

        byte[] pdf = mvc.perform(get("/spotchecks/batches/{id}/form.pdf", b.getId()).locale(Locale.CHINA)
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String page = PdfChecks.pageText(doc, 1);
            assertThat(page).contains("台州市市场监督管理局", "产品质量监督抽查抽样单", b.getFormNumber(), enterprise.getName(),
                    documents.date(today, Locale.CHINA), inspector.getDisplayName().replaceAll("\\s+", ""),
                    "第1页共" + doc.getNumberOfPages() + "页");
            assertThat(documents.date(today, Locale.CHINA)).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
            assertThat(PdfChecks.qrCode(doc, 0)).as("unpublished: the QR code opens the batch for the inspector")
                    .isEqualTo(documents.link("/spotchecks/batches/" + b.getId()));
            PdfChecks.recordFirstPage(doc, "sampling-form");
        }
    }

    @Test
    void onceTheResultIsPublishedTheQrCodeOpensItsPublicAnnouncement() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        User head = fixtures.user(Role.HEAD, district);
        LocalDate today = batches.today();
        SamplingBatch b = fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(enterprise, product, inspector, second, today.minusDays(30)), today.minusDays(20), "BG",
                data.results(product, "0.05")));
        fixtures.as(Fixtures.details(head), () -> batches.publish(b.getId()));

        byte[] pdf = mvc.perform(get("/spotchecks/batches/{id}/form.pdf", b.getId()).locale(Locale.CHINA)
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String link;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            link = PdfChecks.qrCode(doc, 0);
        }
        assertThat(link).startsWith(documents.link("/public/announcements?enterprise="));
        String path = link.substring(documents.link("/").length() - 1);
        String page = mvc.perform(get(java.net.URI.create(path))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the public page lists the published result").contains(b.getFormNumber());
    }
}
