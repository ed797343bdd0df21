package org.zhijian.enterprise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;

/** The registry lists enterprises by the pinyin of their names, sorted and paged by PostgreSQL. */
class EnterprisePinyinOrderTests extends PostgresIntegrationTests {

    @Autowired
    EnterpriseRepository enterprises;

    @Autowired
    EnterpriseNameKeys nameKeys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theApiPagesEnterprisesInPinyinOrderIncludingOnesRecordedBeforeTheKey() throws Exception {
        Long district = fixtures.district().getId();
        User head = fixtures.user(Role.HEAD, district);
        // zhou, a, wen, li, huang: code-point order would be 周 (U+5468) 啊 (U+554A) 温 黄 李 ...
        List<String> names = List.of("周氏阀门有限公司", "阿里山茶业有限公司", "温岭泵业有限公司", "李记五金有限公司",
                "黄岩模具有限公司");
        for (String name : names) {
            enterprises.save(new Enterprise(new EnterpriseDetails(name, Fixtures.uniqueCreditCode(), district,
                    Industry.WIRE_CABLE, EnterpriseStatus.ACTIVE, null, null, null, LocalDate.of(2010, 1, 1)),
                    "test", Instant.now()));
        }
        // one written around the entity, as before the key existed: the start-up fill gives it its key
        Long old = enterprises.save(new Enterprise(new EnterpriseDetails("陈氏电器有限公司", Fixtures.uniqueCreditCode(),
                district, Industry.WIRE_CABLE, EnterpriseStatus.ACTIVE, null, null, null, LocalDate.of(2010, 1, 1)),
                "test", Instant.now())).getId();
        jdbc.update("update enterprise set name_sort_key = null, name_initials = null where id = ?", old);
        nameKeys.fillMissing();
        assertThat(jdbc.queryForObject("select name_initials from enterprise where id = ?", String.class, old))
                .isEqualTo("csdqyxgs");

        List<String> expected = List.of("阿里山茶业有限公司", "陈氏电器有限公司", "黄岩模具有限公司", "李记五金有限公司",
                "温岭泵业有限公司", "周氏阀门有限公司");
        String first = mvc.perform(get("/api/v1/enterprises").param("districtId", String.valueOf(district))
                        .param("size", "4").with(user(Fixtures.details(head))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/api/v1/enterprises").param("districtId", String.valueOf(district))
                        .param("size", "4").param("page", "1").with(user(Fixtures.details(head))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> listed = new java.util.ArrayList<>(JsonPath.<List<String>>read(first, "$.content[*].name"));
        listed.addAll(JsonPath.<List<String>>read(second, "$.content[*].name"));
        assertThat(listed).containsExactlyElementsOf(expected);
    }
}
