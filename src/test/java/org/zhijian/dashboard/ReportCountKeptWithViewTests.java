package org.zhijian.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The period report's "N enterprises" is counted over the base tables (about a second at ten million
 * batches): it is kept with the dashboard view it goes with, and counted again when that view is built
 * again, so the report page costs what the dashboard costs.
 */
class ReportCountKeptWithViewTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictFigures figures;
    @Autowired
    MonthCells cells;

    @Test
    void theEnterpriseCountIsKeptWithItsViewAndCountedAgainWithTheNextBuild() throws Exception {
        DashboardFixture city = new DashboardFixture(fixtures, jdbc, figures, cells);
        mvc.perform(report(city, "zh-CN")).andExpect(status().isOk()).andExpect(jsonPath("$.enterprises").value(8));

        // one of A's passed batches moves to a ninth enterprise of A: no month cell changes (same district,
        // product, level, month and verdict), only the count of distinct enterprises does
        long ninth = fixtures.enterprise(city.districtA).getId();
        jdbc.update("update sampling_batch set enterprise_id = ? where id = (select min(id) from sampling_batch"
                + " where enterprise_id = ? and verdict = 'PASS' and sampling_date between ? and ?)", ninth,
                city.enterprisesA.get(0), java.sql.Date.valueOf(DashboardFixture.YEAR + "-01-01"),
                java.sql.Date.valueOf(DashboardFixture.YEAR + "-12-31"));

        mvc.perform(report(city, "zh-CN")).andExpect(status().isOk()).andExpect(jsonPath("$.enterprises").value(8));
        // another language is another build of the view: counted again
        mvc.perform(report(city, "en")).andExpect(status().isOk()).andExpect(jsonPath("$.enterprises").value(9));
    }

    private static MockHttpServletRequestBuilder report(DashboardFixture city, String language) {
        return get("/api/v1/dashboard/report").param("from", DashboardFixture.YEAR + "-01-01")
                .param("to", DashboardFixture.YEAR + "-12-31").param("categoryId", String.valueOf(city.product))
                .header("Accept-Language", language).with(user(Fixtures.details(city.cityHead)));
    }
}
