package org.zhijian.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Issue 9, point 4: the city-wide catalogue is changed by city admins only, not by district admins. */
class CatalogueEditorsTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SpotCheckTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDistrictAdminChangesNeitherLimitsNorRiskClassAndSeesNoEditButton() throws Exception {
        ProductCategory c = data.woodPanel();
        User districtAdmin = fixtures.user(Role.ADMIN, fixtures.district().getId());
        String before = row(c.getId());
        var as = user(Fixtures.details(districtAdmin));

        mvc.perform(post("/catalogue/{id}", c.getId()).with(as).with(csrf())
                        .param("code", c.getCode()).param("name", c.getName()).param("nameEn", "x")
                        .param("riskClass", "LOW").param("industry", "WOOD_PANEL").param("standard", "GB/T 18580-2017")
                        .param("active", "true").param("version", String.valueOf(c.getVersion())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/catalogue/{id}/items", c.getId()).with(as).with(csrf())
                        .param("name", "新项目").param("limitKind", "MAX").param("upperLimit", "9"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/catalogue/{id}/edit", c.getId()).with(as)).andExpect(status().isForbidden());
        assertThat(row(c.getId())).isEqualTo(before);

        String list = mvc.perform(get("/catalogue").with(as)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("/catalogue/" + c.getId() + "/edit").doesNotContain("id=\"new-category\"");
        String cityList = mvc.perform(get("/catalogue").with(user(Fixtures.details(fixtures.user(Role.ADMIN, null)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(cityList).contains("/catalogue/" + c.getId() + "/edit").contains("id=\"new-category\"");
    }

    private String row(Long id) {
        return jdbc.queryForObject("select c::text || (select string_agg(t::text, ',' order by id) from test_item t "
                + "where t.category_id = c.id) from product_category c where id = ?", String.class, id);
    }
}
