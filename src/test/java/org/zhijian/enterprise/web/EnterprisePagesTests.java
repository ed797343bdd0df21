package org.zhijian.enterprise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.system.security.Role;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.ZhijianUserDetails;

/** What an admin sees when registering and editing: messages beside fields, input kept, stale edits shown. */
class EnterprisePagesTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    ZhijianUserDetails admin;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        admin = Fixtures.details(fixtures.user(Role.ADMIN, null));
    }

    private MockHttpServletRequestBuilder form(String path, String name, String code, long version) {
        return post(path).with(user(admin)).with(csrf())
                .param("name", name).param("creditCode", code).param("districtId", String.valueOf(district.getId()))
                .param("industry", "TOY").param("status", "ACTIVE").param("address", "椒江区某路1号")
                .param("version", String.valueOf(version));
    }

    @Test
    void eachKindOfBadCodeGetsItsOwnMessageAndTheInputIsKept() throws Exception {
        mvc.perform(form("/enterprises", "校验位测试有限公司", "91330100799655058a", 0))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第18位应为“B”")))
                .andExpect(content().string(containsString("value=\"91330100799655058a\"")))
                .andExpect(content().string(containsString("value=\"校验位测试有限公司\"")))
                .andExpect(content().string(containsString("value=\"椒江区某路1号\"")));
        mvc.perform(form("/enterprises", "长度测试", "9133010079965505", 0))
                .andExpect(content().string(containsString("应为18位,当前为16位")));
        mvc.perform(form("/enterprises", "字符测试", "9133010079965505OB", 0))
                .andExpect(content().string(containsString("第17位“O”不是有效字符")));
        mvc.perform(form("/enterprises?lang=en", "Check test", "91330100799655058A", 0))
                .andExpect(content().string(containsString("the 18th character should be &quot;B&quot;")));
        assertThat(jdbc.queryForObject("select count(*) from enterprise where name in ('校验位测试有限公司', '长度测试')",
                Long.class)).isZero();
    }

    @Test
    void aStaleEditShowsTheNewerValuesAndKeepsWhatWasTyped() throws Exception {
        Enterprise e = fixtures.enterprise(district.getId());
        String code = e.getCreditCode().value();
        mvc.perform(form("/enterprises/" + e.getId(), "甲先保存的名称", code, e.getVersion()))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(form("/enterprises/" + e.getId(), "乙后保存的名称", code, e.getVersion()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("id=\"stale-edit\"")))
                .andExpect(content().string(containsString("甲先保存的名称")))
                .andExpect(content().string(containsString("value=\"乙后保存的名称\"")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        // the newer values in words, as the history shows them: the district by name, the status by its label
        String panel = page.substring(page.indexOf("id=\"stale-edit\""), page.indexOf("</dl>", page.indexOf("id=\"stale-edit\"")));
        assertThat(panel).contains(">" + district.getNameZh() + "<").contains(">在业<")
                .doesNotContain(">ACTIVE<").doesNotContain(">" + district.getId() + "<");
        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, e.getId()))
                .isEqualTo("甲先保存的名称");
    }

    @Test
    void theArchiveShowsLicencesAndTheHistoryToAdminsButNotTheHistoryToInspectors() throws Exception {
        Enterprise e = fixtures.enterprise(district.getId());
        var licence = fixtures.licence(e, java.time.LocalDate.of(2024, 5, 1));
        mvc.perform(get("/enterprises/" + e.getId()).with(user(admin)))
                .andExpect(content().string(containsString(licence.getNumber().value())))
                .andExpect(content().string(containsString("id=\"timeline\"")));
        ZhijianUserDetails inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, district.getId()));
        mvc.perform(get("/licences/" + licence.getId()).with(user(inspector)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"audit-history\""))));
        mvc.perform(get("/licences/" + licence.getId()).with(user(admin)))
                .andExpect(content().string(containsString("id=\"audit-history\"")));
    }

    @Test
    void searchFindsByNameAndByCodePrefix() throws Exception {
        Enterprise e = fixtures.enterprise(district.getId());
        mvc.perform(get("/enterprises").param("q", e.getName().substring(0, 8)).with(user(admin)))
                .andExpect(content().string(containsString(e.getCreditCode().value())));
        mvc.perform(get("/enterprises").param("q", e.getCreditCode().value().toLowerCase()).with(user(admin)))
                .andExpect(content().string(containsString(e.getName())));
    }

    @Test
    void theExportIsAnXlsxOfTheFilteredListInTheUsersScope() throws Exception {
        Enterprise mine = fixtures.enterprise(district.getId());
        Enterprise foreign = fixtures.enterprise(fixtures.district().getId());
        ZhijianUserDetails inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, district.getId()));
        byte[] xlsx = mvc.perform(get("/enterprises/export").with(user(inspector)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
            java.util.List<String> codes = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(codes).contains(mine.getCreditCode().value()).doesNotContain(foreign.getCreditCode().value());
        }
    }
}
