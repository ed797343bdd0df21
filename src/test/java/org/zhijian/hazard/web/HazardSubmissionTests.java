package org.zhijian.hazard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/** A hazard form sent twice with its submission key (an offline draft sent after a lost answer) records one hazard. */
class HazardSubmissionTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameFormSentTwiceRecordsOneHazardAndLeadsToIt() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(district);
        ZhijianUserDetails inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, district));
        String token = UUID.randomUUID().toString();

        String first = mvc.perform(form(enterprise, inspector, token)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(form(enterprise, inspector, token)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(first).matches("/risk/hazards/\\d+");
        assertThat(second).isEqualTo(first);
        assertThat(count(enterprise)).isEqualTo(1);
        mvc.perform(form(enterprise, inspector, UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        assertThat(count(enterprise)).as("another form is another hazard").isEqualTo(2);
    }

    private int count(Enterprise e) {
        return jdbc.queryForObject("select count(*) from hazard where enterprise_id = ?", Integer.class, e.getId());
    }

    private static MockHttpServletRequestBuilder form(Enterprise e, ZhijianUserDetails u, String token) {
        LocalDate today = LocalDate.now();
        return post("/risk/hazards").with(user(u)).with(csrf())
                .param("submissionToken", token).param("enterpriseId", String.valueOf(e.getId()))
                .param("level", "GENERAL").param("description", "消防通道堆放原料")
                .param("requirement", "立即清理通道").param("legalBasis", "《安全生产法》")
                .param("foundOn", today.minusDays(1).toString()).param("deadline", today.plusDays(20).toString())
                .param("responsiblePerson", "王五");
    }
}
