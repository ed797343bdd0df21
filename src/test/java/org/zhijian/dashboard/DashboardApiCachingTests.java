package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.account.domain.User;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * The dashboard API answers a repeated request for figures the view cache still holds with 304 and no
 * body; once a recount changes the figures, with 200 and a new ETag. Another scope never shares an ETag.
 */
class DashboardApiCachingTests extends PostgresIntegrationTests {

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

    private MockHttpServletRequestBuilder api(String path, User as) {
        return get(path).param("from", "2011-01-01").param("to", "2011-12-31")
                .param("categoryId", String.valueOf(city.product)).with(user(Fixtures.details(as)));
    }

    @Test
    void aRepeatedRequestIsNotModifiedUntilTheFiguresChange() throws Exception {
        MockHttpServletResponse first = mvc.perform(api("/api/v1/dashboard/city", city.cityHead))
                .andExpect(status().isOk()).andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("no-cache", "private").doesNotContain("no-store");
        assertThat(first.getContentAsString()).contains("\"rate\"");

        MockHttpServletResponse again = mvc.perform(api("/api/v1/dashboard/city", city.cityHead)
                .header("If-None-Match", etag)).andExpect(status().isNotModified()).andReturn().getResponse();
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);

        String district = mvc.perform(api("/api/v1/dashboard/districts/" + city.districtA, city.headA)
                .header("If-None-Match", etag)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        assertThat(district).isNotEqualTo(etag);

        fixtures.licence(fixtures.enterprise(city.districtA), LocalDate.now().minusYears(5).plusDays(20));
        figures.refresh();
        MockHttpServletResponse changed = mvc.perform(api("/api/v1/dashboard/city", city.cityHead)
                .header("If-None-Match", etag)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }
}
