package org.zhijian.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/** The sampling form's type-ahead: name, credit code or pinyin initials, only in the inspector's district. */
class EnterpriseSuggestTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsByPinyinInitialsNameAndCodeButOnlyInTheInspectorsDistrict() throws Exception {
        Long mine = fixtures.district().getId();
        Long other = fixtures.district().getId();
        Enterprise here = enterprise("西湖绿源食品有限公司", mine);
        Enterprise there = enterprise("西湖绿源食品有限公司", other);
        ZhijianUserDetails inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, mine));

        assertThat(jdbc.queryForObject("select name_initials from enterprise where id = ?", String.class,
                here.getId())).as("computed once, stored with the name").isEqualTo("xhlyspyxgs");
        for (String q : new String[] {"xhly", "XHLY", "绿源食品", here.getCreditCode().value().substring(0, 12)}) {
            String body = suggest(q, inspector);
            assertThat(body).as(q).contains("\"id\":" + here.getId()).contains("\"initials\":\"xhlyspyxgs\"")
                    .doesNotContain("\"id\":" + there.getId());
        }
        assertThat(suggest("zzzzqqq", inspector)).isEqualTo("[]");
        assertThat(suggest("xhly", Fixtures.details(fixtures.user(Role.INSPECTOR, other))))
                .contains("\"id\":" + there.getId()).doesNotContain("\"id\":" + here.getId());
    }

    private String suggest(String q, ZhijianUserDetails user) throws Exception {
        return mvc.perform(get("/enterprises/suggest").param("q", q).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
    }

    private Enterprise enterprise(String name, Long districtId) {
        return fixtures.asSystemAdmin(() -> enterprises.create(new EnterpriseDetails(name, Fixtures.uniqueCreditCode(),
                districtId, Industry.FOOD_CONTACT, EnterpriseStatus.ACTIVE, "西湖区某路1号", "张三", "0571-1",
                LocalDate.of(2012, 3, 1))));
    }
}
