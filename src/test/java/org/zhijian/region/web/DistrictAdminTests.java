package org.zhijian.region.web;

import org.zhijian.region.domain.District;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

class DistrictAdminTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCityAdminAddsADistrictAndItIsAudited() throws Exception {
        var admin = Fixtures.details(fixtures.user(Role.ADMIN, null));
        String code = String.valueOf(800000 + Fixtures.next() % 100000);
        mvc.perform(post("/admin/districts").with(user(admin)).with(csrf())
                        .param("code", code).param("nameZh", "新区").param("nameEn", "New").param("sortOrder", "20"))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from district where code = ?", Long.class, code);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'District' "
                + "and entity_id = ? and action = 'CREATE'", Long.class, id)).isOne();
    }

    @Test
    void aBadCodeIsExplainedBesideTheField() throws Exception {
        var admin = Fixtures.details(fixtures.user(Role.ADMIN, null));
        mvc.perform(post("/admin/districts").with(user(admin)).with(csrf())
                        .param("code", "33A").param("nameZh", "新区").param("nameEn", "New").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行政区划代码为6位数字")))
                .andExpect(content().string(containsString("value=\"33A\"")));
    }

    @Test
    void aDistrictAdminCannotManageDistricts() throws Exception {
        var districtAdmin = Fixtures.details(fixtures.user(Role.ADMIN, fixtures.district().getId()));
        String code = String.valueOf(700000 + Fixtures.next() % 100000);
        mvc.perform(post("/admin/districts").with(user(districtAdmin)).with(csrf())
                        .param("code", code).param("nameZh", "越权").param("nameEn", "X").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from district where code = ?", Long.class, code)).isZero();
    }

    @Test
    void errorPagesSpeakBothLanguages() throws Exception {
        var inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, fixtures.district().getId()));
        mvc.perform(get("/enterprises/987654321").with(user(inspector)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("您要找的记录不存在")));
        mvc.perform(get("/enterprises/987654321?lang=en").with(user(inspector)))
                .andExpect(content().string(containsString("outside your district")));
    }
}
