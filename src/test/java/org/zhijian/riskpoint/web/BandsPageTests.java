package org.zhijian.riskpoint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;

/** The grading bands are city-wide: only a city admin gets editable fields and a save button; others are told why. */
class BandsPageTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aCityAdminEditsTheBands() throws Exception {
        String page = bandsAs(fixtures.user(Role.ADMIN, null));
        assertThat(page).doesNotContain("id=\"bands-city-only\"").doesNotContain("readonly").doesNotContain("disabled")
                .contains("保存并重新定级");
    }

    @Test
    void aDistrictAdminSeesTheBandsReadOnlyAndWhy() throws Exception {
        String page = bandsAs(fixtures.user(Role.ADMIN, fixtures.district().getId()));
        assertThat(page).contains("id=\"bands-city-only\"").contains("只有市局管理员可以修改")
                .contains("readonly").contains("disabled").doesNotContain("保存并重新定级");
    }

    private String bandsAs(org.zhijian.account.domain.User u) throws Exception {
        return mvc.perform(get("/risk/bands").with(user(Fixtures.details(u))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
