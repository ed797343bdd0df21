package org.zhijian.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskPointDetails;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * A campaign closed without its reports (as the demo city closes its campaign, so that loading the
 * demo renders no PDF) gets them from the backfill that runs once the application is ready.
 */
class CampaignDeferredReportsIntegrationTests extends PostgresIntegrationTests {

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignReportBackfill backfill;

    @Autowired
    RiskPointService points;

    @Test
    void reportsLeftForLaterAreRenderedOnceDatedAsOfTheClosing() throws Exception {
        District district = fixtures.district();
        Enterprise coating = fixtures.enterprise(district.getId(), Industry.COATING);
        User head = fixtures.user(Role.HEAD, district.getId());
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        Campaign c = fixtures.as(Fixtures.details(head), () -> campaigns.launch(new CampaignDetails("涂料延后归档排查",
                EnumSet.of(Industry.COATING), Set.of(district.getId()), LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(1), null)));
        fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(coating.getId(), c.getId(),
                PlaceKind.PROCESS, "调漆工序", "溶剂挥发", "通风", "王五", Assessment.ls(5, 4))));

        Campaign closed = fixtures.as(Fixtures.details(head), () -> campaigns.closeDeferringReports(c.getId(),
                campaigns.get(c.getId()).getVersion()));
        assertThat(closed.getStatus()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(fixtures.asSystemAdmin(() -> campaigns.archive(c.getId()))).as("risk lists only, no PDF yet")
                .extracting(CampaignFile::getKind).containsExactly(CampaignFile.RISK_LIST, CampaignFile.RISK_LIST);

        backfill.renderDeferredReports();
        backfill.renderDeferredReports();

        List<CampaignFile> archive = fixtures.asSystemAdmin(() -> campaigns.archive(c.getId()));
        assertThat(archive).extracting(CampaignFile::getKind).containsExactly(CampaignFile.REPORT,
                CampaignFile.RISK_LIST, CampaignFile.REPORT, CampaignFile.RISK_LIST);
        CampaignFile report = archive.get(0);
        assertThat(report.getCreatedAt())
                .isEqualTo(fixtures.asSystemAdmin(() -> campaigns.get(c.getId())).getClosedAt());
        try (PDDocument doc = Loader.loadPDF(fixtures.asSystemAdmin(() -> campaigns.file(c.getId(), report.getId()))
                .getContent())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("涂料延后归档排查排查整治报告").contains("本次排查共登记风险点1个");
        }
    }
}
