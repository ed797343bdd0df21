package org.zhijian.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskPointDetails;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PdfChecks;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.pdf.OfficialDocuments;
import org.zhijian.system.security.Role;

/** The archived campaign report as a document fit to sign, and the archive's file names. */
class CampaignReportDocumentTests extends PostgresIntegrationTests {

    @Autowired
    Clock clock;

    @Autowired
    CampaignService campaigns;

    @Autowired
    RiskPointService points;

    @Autowired
    OfficialDocuments documents;

    @Test
    void theReportHasItsNumberAQrCodeChineseDatesAndALongTitleInsideItsMargins() throws Exception {
        District district = fixtures.district();
        Enterprise coating = fixtures.enterprise(district.getId(), Industry.COATING);
        User head = fixtures.user(Role.HEAD, district.getId());
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        String name = "关于开展全市涂料、胶粘剂及其他危险化学品生产企业产品质量安全风险隐患排查整治专项行动(2026年第二批)";
        LocalDate starts = LocalDate.of(2026, 1, 5);
        Campaign c = fixtures.as(Fixtures.details(head), () -> campaigns.launch(new CampaignDetails(name,
                EnumSet.of(Industry.COATING), Set.of(district.getId()), starts, LocalDate.now(clock).plusMonths(1),
                "一厂一策")));
        fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(coating.getId(), c.getId(),
                PlaceKind.PROCESS, "调漆工序", "溶剂挥发", "通风", "王五", Assessment.ls(5, 4))));
        fixtures.as(Fixtures.details(head), () -> campaigns.close(c.getId(), campaigns.get(c.getId()).getVersion()));

        List<CampaignFile> archive = fixtures.asSystemAdmin(() -> campaigns.archive(c.getId()));
        assertThat(archive).extracting(CampaignFile::getFileName).as("Chinese names, with the district's")
                .contains("排查整治报告-" + name + "-" + district.getNameZh() + ".pdf",
                        "风险清单-" + name + "-" + district.getNameZh() + ".xlsx",
                        "排查整治报告-" + name + "-全市.pdf");
        List<String> numbers = new java.util.ArrayList<>();
        for (CampaignFile f : archive.stream().filter(f -> f.getKind().equals(CampaignFile.REPORT)).toList()) {
            byte[] pdf = fixtures.asSystemAdmin(() -> campaigns.file(c.getId(), f.getId())).getContent();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String first = PdfChecks.pageText(doc, 1);
                java.util.regex.Matcher number = java.util.regex.Pattern.compile("台市监整报〔\\d{4}〕\\d+号")
                        .matcher(first);
                assertThat(number.find()).as("the 文号 in " + first).isTrue();
                numbers.add(number.group());
                assertThat(first).contains("台州市市场监督管理局", "2026年1月5日", "第1页共" + doc.getNumberOfPages() + "页",
                        "危险化学品生产企业");
                assertThat(PdfChecks.textOutsideTheBox(doc)).as("the long title wraps inside the margins").isEmpty();
                assertThat(PdfChecks.qrCode(doc, 0)).isEqualTo(documents.link("/risk/campaigns/" + c.getId()));
                if (f.getDistrictId() == null) {
                    PdfChecks.recordFirstPage(doc, "campaign-report");
                }
            }
        }
        assertThat(numbers).as("each archived report its own number").hasSize(2).doesNotHaveDuplicates();
    }
}
