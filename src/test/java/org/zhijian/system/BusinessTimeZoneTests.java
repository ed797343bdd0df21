package org.zhijian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * "Today" is the bureau's day, not the server's (issue 8.7). The suite runs with the JVM in UTC;
 * the moment is fixed at 23:30 UTC on 9 March 2026, which is 07:30 on 10 March in Beijing: an
 * inspector's batch sampled that morning is accepted and dated 10 March, the next day is still
 * the future, the new-batch form offers 10 March, and the batch's history shows 07:30.
 */
class BusinessTimeZoneTests extends PostgresIntegrationTests {

    static final Instant BEIJING_MORNING = Instant.parse("2026-03-09T23:30:00Z");
    static final LocalDate BEIJING_DAY = LocalDate.of(2026, 3, 10);

    /** The application's clock at that moment, in the zone application.properties configures. */
    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(BEIJING_MORNING, ZoneId.of("Asia/Shanghai"));
    }

    @Autowired
    Environment environment;

    @Autowired
    BatchService batches;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theServerRunsInUtcAndTheBureauInBeijing() {
        assertThat(ZoneId.systemDefault().getRules().getOffset(BEIJING_MORNING)).isEqualTo(ZoneOffset.UTC);
        assertThat(environment.getProperty("zhijian.time-zone")).isEqualTo(clock.getZone().getId());
        assertThat(batches.today()).isEqualTo(BEIJING_DAY);
    }

    @Test
    void aBatchSampledAtHalfPastSevenInBeijingIsAcceptedAndDatedThatDay() throws Exception {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User second = fixtures.user(Role.INSPECTOR, district.getId());

        SamplingBatch b = fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(enterprise, product, inspector, second, BEIJING_DAY)));
        assertThat(jdbc.queryForObject("select sampling_date from sampling_batch where id = ?", LocalDate.class,
                b.getId())).isEqualTo(BEIJING_DAY);
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(enterprise, product, inspector, second, BEIJING_DAY.plusDays(1)))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("dateInFuture");

        mvc.perform(get("/spotchecks/batches/new").param("enterpriseId", enterprise.getId().toString())
                        .param("categoryId", product.getId().toString()).with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"2026-03-10\"")));
        User admin = fixtures.user(Role.ADMIN, district.getId());
        mvc.perform(get("/spotchecks/batches/" + b.getId()).with(user(Fixtures.details(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2026-03-10 07:30")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("2026-03-09 23:30"))));
    }
}
