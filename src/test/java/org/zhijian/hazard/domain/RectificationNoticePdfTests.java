package org.zhijian.hazard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PdfChecks;
import org.zhijian.system.pdf.OfficialDocuments;
import org.zhijian.support.PostgresIntegrationTests;

/** Reads the rectification notice back: the Chinese must be text in the PDF, not pictures of it. */
class RectificationNoticePdfTests extends PostgresIntegrationTests {

    @Autowired
    HazardService hazards;

    @Autowired
    MockMvc mvc;

    @Autowired
    OfficialDocuments documents;

    @Test
    void theNoticeCarriesTheEnterpriseAndHazardAsCopyableChinese() throws Exception {
        Long districtId = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(districtId);
        User inspector = fixtures.user(Role.INSPECTOR, districtId);
        Hazard h = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(enterprise.getId(),
                null, null, HazardLevel.MAJOR, "压力容器安全阀校验过期,存在超压爆炸隐患", "立即送检安全阀",
                "《中华人民共和国特种设备安全法》第四十条", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), "李四")));

        byte[] pdf = mvc.perform(get("/risk/hazards/{id}/notice.pdf", h.getId()).locale(java.util.Locale.CHINA)
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(enterprise.getName())
                    .contains("压力容器安全阀校验过期")
                    .contains("隐患整改通知单")
                    .contains("特种设备安全法");
            String page = PdfChecks.pageText(doc, 1);
            assertThat(h.getNoticeNumber()).as("the 文号 from the configured pattern")
                    .matches("台市监隐改〔\\d{4}〕.+-\\d+号");
            assertThat(page).contains("台州市市场监督管理局", h.getNoticeNumber(), "2026年3月20日", "2026年3月2日",
                    "第1页共" + doc.getNumberOfPages() + "页");
            assertThat(PdfChecks.textOutsideTheBox(doc)).isEmpty();
            assertThat(PdfChecks.qrCode(doc, 0)).as("the QR code opens the hazard for the inspector")
                    .isEqualTo(documents.link("/risk/hazards/" + h.getId())).startsWith("http");
            PdfChecks.recordFirstPage(doc, "rectification-notice");
        }

        byte[] again = mvc.perform(get("/risk/hazards/{id}/notice.pdf", h.getId()).locale(java.util.Locale.CHINA)
                        .with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(again)) {
            assertThat(PdfChecks.pageText(doc, 1)).as("a reprint shows the same number").contains(h.getNoticeNumber());
        }
        assertThat(hazards.get(h.getId()).getNoticeNumber()).isEqualTo(h.getNoticeNumber());
    }
}
