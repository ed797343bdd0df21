package org.zhijian.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.riskpoint.domain.Assessment;
import org.zhijian.riskpoint.domain.PlaceKind;
import org.zhijian.riskpoint.domain.RiskPointDetails;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;

class CampaignOutputsIntegrationTests extends PostgresIntegrationTests {

    /** The application's clock, in the bureau's zone: the suite runs with the JVM in UTC. */
    @Autowired
    Clock clock;

    @Autowired
    CampaignService campaigns;

    @Autowired
    RiskPointService points;

    @Autowired
    HazardService hazards;

    @Test
    void closingACampaignArchivesItsRiskListAndReport() throws Exception {
        District district = fixtures.district();
        Enterprise coating = fixtures.enterprise(district.getId(), Industry.COATING);
        Enterprise toys = fixtures.enterprise(district.getId(), Industry.TOY);
        User head = fixtures.user(Role.HEAD, district.getId());
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        Campaign c = fixtures.as(Fixtures.details(head), () -> campaigns.launch(new CampaignDetails("涂料风险排查整治",
                EnumSet.of(Industry.COATING), Set.of(district.getId()), LocalDate.now(clock).minusMonths(1),
                LocalDate.now(clock).plusMonths(1), "一厂一策")));

        fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(coating.getId(), c.getId(),
                PlaceKind.PROCESS, "调漆工序", "溶剂挥发", "通风", "王五", Assessment.ls(5, 4))));
        fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(coating.getId(), c.getId(),
                PlaceKind.WORKSHOP, "仓库", "堆垛倒塌", "限高", "王五", Assessment.ls(1, 2))));
        var open = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(coating.getId(),
                c.getId(), null, HazardLevel.GENERAL, "灭火器过期", "更换", "依据", LocalDate.now(clock).minusDays(10),
                LocalDate.now(clock).minusDays(1), "王五")));
        var done = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(coating.getId(),
                c.getId(), null, HazardLevel.MAJOR, "未设报警装置", "加装", "依据", LocalDate.now(clock),
                LocalDate.now(clock).plusDays(9), "王五")));
        fixtures.as(Fixtures.details(inspector), () -> hazards.perform(done.getId(), done.getVersion(),
                HazardAction.RECTIFY, "已加装"));
        fixtures.as(Fixtures.details(head), () -> hazards.perform(done.getId(), hazards.get(done.getId()).getVersion(),
                HazardAction.ACCEPT, null));
        fixtures.as(Fixtures.details(head), () -> hazards.perform(done.getId(), hazards.get(done.getId()).getVersion(),
                HazardAction.CLOSE, null));
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(
                toys.getId(), c.getId(), PlaceKind.POST, "岗位", "x", "y", "z", Assessment.ls(1, 1)))))
                .as("toys are outside a coating campaign").isInstanceOf(BusinessRuleException.class);

        fixtures.as(Fixtures.details(head), () -> campaigns.close(c.getId(), campaigns.get(c.getId()).getVersion()));

        List<CampaignFile> archive = fixtures.asSystemAdmin(() -> campaigns.archive(c.getId()));
        assertThat(archive).extracting(CampaignFile::getKind).containsExactly(CampaignFile.REPORT, CampaignFile.RISK_LIST,
                CampaignFile.REPORT, CampaignFile.RISK_LIST);
        assertThat(archive).extracting(CampaignFile::getDistrictId).containsExactly(null, null, district.getId(),
                district.getId());
        List<CampaignFile> mine = fixtures.as(Fixtures.details(head), () -> campaigns.archive(c.getId()));
        assertThat(mine).as("a district head gets the district's part").extracting(CampaignFile::getDistrictId)
                .containsOnly(district.getId());
        Long listId = mine.stream().filter(f -> f.getKind().equals(CampaignFile.RISK_LIST)).findFirst().orElseThrow()
                .getId();
        Long reportId = mine.stream().filter(f -> f.getKind().equals(CampaignFile.REPORT)).findFirst().orElseThrow()
                .getId();

        byte[] xlsx = fixtures.as(Fixtures.details(head), () -> campaigns.file(c.getId(), listId))
                .getContent();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("two risk points under a header").isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(coating.getName());
            assertThat(wb.getSheetAt(1).getLastRowNum()).isEqualTo(2);
        }
        byte[] report = fixtures.as(Fixtures.details(head), () -> campaigns.file(c.getId(), reportId))
                .getContent();
        try (PDDocument doc = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("涂料风险排查整治")
                    .contains("共登记风险点2个,发现隐患2项,其中已销号1项、未销号1项,逾期未整改1项");
        }
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(
                coating.getId(), c.getId(), null, HazardLevel.GENERAL, "x", "y", "z", LocalDate.now(clock),
                LocalDate.now(clock), "w")))).as("a closed campaign takes no findings")
                .isInstanceOf(BusinessRuleException.class);
        assertThat(open.getId()).isNotNull();
    }
}
