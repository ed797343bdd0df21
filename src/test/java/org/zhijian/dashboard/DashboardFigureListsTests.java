package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Every dashboard figure that links to a list equals the number of rows that list shows, on the
 * {@link DashboardFixture} city plus the records on which the figures and lists used to disagree: a
 * closed hazard, a suspended licence expiring soon, a class due in ten days (not yet due), and a
 * passed batch still carrying a past step date. The recount is triggered, as the minute job would.
 */
class DashboardFigureListsTests extends PostgresIntegrationTests {

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
        if (city != null) {
            return;
        }
        city = new DashboardFixture(fixtures, jdbc, figures, cells);
        LocalDate today = LocalDate.now();
        Enterprise suspended = fixtures.enterprise(city.districtA);
        long licence = fixtures.licence(suspended, today.plusDays(20).minusYears(5).plusDays(1)).getId();
        jdbc.update("update production_licence set status = 'SUSPENDED' where id = ?", licence);
        long dueSoon = city.enterprisesA.get(3);
        jdbc.update("delete from enterprise_class where enterprise_id = ?", dueSoon);
        jdbc.update("insert into enterprise_class (enterprise_id, computed_class, score, factors, computed_at,"
                + " created_on, next_due_on) values (?, 'B', 20, '[]', now(), ?, ?)", dueSoon,
                Date.valueOf(today.minusYears(1)), Date.valueOf(today.plusDays(10)));
        fixtures.licence(fixtures.enterprise(city.districtB), today.plusDays(40).minusYears(5).plusDays(1));
        city.insertBatch(city.districtA, city.enterprisesA.get(1), LocalDate.of(DashboardFixture.YEAR - 3, 5, 1),
                "PASS", "PASSED", null, null, today.minusDays(4), null);
        figures.refresh();
        cells.refresh();
    }

    @Test
    void everyFigureOfTheCityDashboardOpensAListOfThatManyRows() throws Exception {
        var followed = new FigureLinks(mvc, Fixtures.details(city.cityHead)).check("/dashboard");
        assertThat(followed).extracting(FigureLinks.Followed::href)
                .anyMatch(h -> h.startsWith("/risk/hazards?open=true"))
                .anyMatch(h -> h.startsWith("/classification/due?days=0"))
                .anyMatch(h -> h.startsWith("/licences/expiring?days=90"))
                .anyMatch(h -> h.startsWith("/spotchecks/batches?overdue=true"));
    }

    @Test
    void everyFigureOfADistrictDashboardOpensAListOfThatManyRows() throws Exception {
        var followed = new FigureLinks(mvc, Fixtures.details(city.headA))
                .check("/dashboard/districts/" + city.districtA);
        // the fixture's own numbers: 5 open hazards (not the closed sixth), A0 due (not A3, due in 10 days),
        // the valid and the suspended licence, the two overdue batches (not the passed one)
        assertThat(followed).filteredOn(f -> f.href().startsWith("/risk/hazards?open=true"))
                .extracting(FigureLinks.Followed::figure).contains(5L);
        assertThat(followed).filteredOn(f -> f.href().startsWith("/classification/due"))
                .extracting(FigureLinks.Followed::figure).contains(1L);
        assertThat(followed).filteredOn(f -> f.href().startsWith("/licences/expiring"))
                .extracting(FigureLinks.Followed::figure).contains(2L);
        assertThat(followed).filteredOn(f -> f.href().equals("/spotchecks/batches?overdue=true&districtId="
                + city.districtA)).extracting(FigureLinks.Followed::figure).contains(2L);
        new FigureLinks(mvc, Fixtures.details(city.cityHead)).check("/dashboard/districts/" + city.districtB);
    }

    @Test
    void englishCountsTakeTheSingularForOne() throws Exception {
        String html = html("/dashboard/districts/" + city.districtB + "?lang=en", city.cityHead);
        assertThat(html).contains("1 licence expiring within 90 days", "No hazards open")
                .doesNotContain("1 licences");
    }

    @Test
    void theProductDrillDownAddsUpToTheProductRowAndSaysWhatIsFinal() throws Exception {
        String period = "?from=2011-01-01&to=2011-12-31&categoryId=" + city.product;
        String dashboard = html("/dashboard" + period, city.cityHead);
        Matcher row = Pattern.compile("id=\"product-" + city.product + "\".*?class=\"text-end failed\">(\\d+)</td>"
                + "\\s*<td class=\"text-end\">(\\d+)</td>", Pattern.DOTALL).matcher(dashboard);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).isEqualTo("13");
        assertThat(row.group(2)).isEqualTo("80");

        String product = html("/dashboard/products/" + city.product + period, city.cityHead);
        assertThat(FigureLinks.sum(product, "finals")).isEqualTo(80);
        assertThat(FigureLinks.sum(product, "failed")).isEqualTo(13);
        assertThat(FigureLinks.sum(product, "sampled")).isEqualTo(81);
        assertThat(new FigureLinks(mvc, Fixtures.details(city.cityHead)).checkProducts("/dashboard" + period))
                .isEqualTo(1);
        assertThat(product).contains("抽样 81 批次,其中已终判 80 批次(尚未终判 1 批次,不计入合格率);不合格 13 批次,合格率 83.8%",
                "合格率(按终判批次)");
        String english = html("/dashboard/products/" + city.product + period + "&lang=en", city.cityHead);
        assertThat(english).contains("81 batches sampled, 80 with a final verdict (1 not yet final and left out"
                + " of the rate); 13 failed; pass rate 83.8%");

        Matcher enterprise = Pattern.compile("id=\"enterprise-(\\d+)\".*?class=\"text-end sampled\">(\\d+)</td>",
                Pattern.DOTALL).matcher(product);
        int checked = 0;
        while (enterprise.find()) {
            String batches = html("/dashboard/enterprises/" + enterprise.group(1) + period, city.cityHead);
            assertThat(count(batches, "class=\"batch-link\"")).as("batches of enterprise " + enterprise.group(1))
                    .isEqualTo(Integer.parseInt(enterprise.group(2)));
            checked++;
        }
        assertThat(checked).isEqualTo(8);
    }

    private String html(String path, User as) throws Exception {
        return mvc.perform(get(path).with(user(Fixtures.details(as)))).andReturn().getResponse()
                .getContentAsString();
    }

    private static int count(String html, String needle) {
        return List.of(html.split(Pattern.quote(needle), -1)).size() - 1;
    }
}
