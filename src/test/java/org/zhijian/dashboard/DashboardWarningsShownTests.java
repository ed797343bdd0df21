package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;

/**
 * A province raises hundreds of hazard-cluster warnings; the dashboard shows the first twenty, the largest
 * clusters first, with a link that opens all of them, as many as it says.
 */
class DashboardWarningsShownTests extends PostgresIntegrationTests {

    private static final Pattern ALL = Pattern.compile("id=\"all-warnings\" href=\"([^\"]+)\">查看全部 (\\d+) 条预警<");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictFigures figures;

    @Test
    void theDashboardShowsTwentyWarningsAndLinksToAllOfThem() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Industry[] industries = Industry.values();
        int made = 0;
        for (int d = 0; d < 2; d++) {
            Long district = fixtures.district().getId();
            for (int i = 0; i < 11; i++) {
                // five open hazards found last week in one industry of one district: a cluster (size 5)
                long enterprise = fixtures.enterprise(district, industries[i]).getId();
                for (int h = 0; h < (d == 1 && i == 10 ? 40 : 5); h++) {
                    jdbc.update("insert into hazard (notice_number, enterprise_id, level, description, requirement,"
                            + " legal_basis, found_on, deadline, responsible_person, status, created_at, created_by,"
                            + " updated_at, updated_by) values (?, ?, 'GENERAL', '消防通道堵塞', '清理', '安全生产法', ?, ?,"
                            + " '张三', 'NOTIFIED', now(), 'f', now(), 'f')", "WS" + Fixtures.next() + "-" + h,
                            enterprise, Date.valueOf(today.minusDays(7)), Date.valueOf(today.plusDays(20)));
                }
                made++;
            }
        }
        figures.refresh();
        User head = fixtures.user(Role.HEAD, null);

        String page = mvc.perform(get("/dashboard").with(user(Fixtures.details(head)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(count(page, "warning-item")).isEqualTo(20);
        // the largest cluster (40 hazards, more than any other test's) leads the clusters shown
        assertThat(page).contains("近 30 天新发现且未销号隐患 40 项");
        Matcher link = ALL.matcher(page);
        assertThat(link.find()).as("a link to all warnings").isTrue();
        int total = Integer.parseInt(link.group(2));
        assertThat(total).isGreaterThanOrEqualTo(made);

        String all = mvc.perform(get("/dashboard" + link.group(1).replace("&amp;", "&").replace("#warnings", ""))
                        .with(user(Fixtures.details(head))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(count(all, "warning-item")).isEqualTo(total);
        assertThat(all).doesNotContain("id=\"all-warnings\"");
    }

    private static int count(String html, String cssClass) {
        return html.split("class=\"list-group-item " + cssClass + "\"", -1).length - 1;
    }
}
