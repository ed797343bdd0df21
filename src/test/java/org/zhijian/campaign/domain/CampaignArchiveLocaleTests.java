package org.zhijian.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Archived campaign files are written in the archive language (zhijian.risk.archive-locale,
 * Chinese), whatever the language of the head who closed the campaign: district names included.
 */
class CampaignArchiveLocaleTests extends PostgresIntegrationTests {

    @Autowired
    CampaignService campaigns;
    @Autowired
    RiskPointService points;

    @Test
    void aCampaignClosedFromAnEnglishPageIsArchivedWithChineseDistrictNames() throws Exception {
        District district = fixtures.district();
        Enterprise coating = fixtures.enterprise(district.getId(), Industry.COATING);
        User head = fixtures.user(Role.HEAD, district.getId());
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        Campaign c = fixtures.as(Fixtures.details(head), () -> campaigns.launch(new CampaignDetails("涂料排查",
                EnumSet.of(Industry.COATING), Set.of(district.getId()), LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(1), "一厂一策")));
        fixtures.as(Fixtures.details(inspector), () -> points.record(new RiskPointDetails(coating.getId(), c.getId(),
                PlaceKind.PROCESS, "调漆工序", "溶剂挥发", "通风", "王五", Assessment.ls(5, 4))));

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            fixtures.as(Fixtures.details(head), () -> campaigns.close(c.getId(), campaigns.get(c.getId()).getVersion()));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }

        CampaignFile list = fixtures.as(Fixtures.details(head), () -> campaigns.archive(c.getId())).stream()
                .filter(f -> f.getKind().equals(CampaignFile.RISK_LIST)).findFirst().orElseThrow();
        byte[] xlsx = fixtures.as(Fixtures.details(head), () -> campaigns.file(c.getId(), list.getId())).getContent();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(district.getNameZh());
            assertThat(wb.getSheetAt(0).getRow(1).getCell(8).getStringCellValue()).as("the method, as a label")
                    .isEqualTo("LS 法(R = L × S)");
        }
    }
}
