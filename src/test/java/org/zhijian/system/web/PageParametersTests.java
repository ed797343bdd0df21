package org.zhijian.system.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Page numbers whose row offset would overflow an int are a 400 naming the parameter, never a 500. */
class PageParametersTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    User admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, null);
    }

    @Test
    void theApiRefusesHugePagesWithTheFieldAndReason() throws Exception {
        for (String query : new String[] {"page=2147483647&size=50", "page=9999999999", "page=99999999999999999999",
                "page=100001"}) {
            mvc.perform(get("/api/v1/enterprises?" + query).with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("page"))
                    .andExpect(jsonPath("$.errors[0].reason").value("页码须为 0 到 100000 之间的整数"));
        }
        mvc.perform(get("/api/v1/licences?page=2147483647&size=200").header("Accept-Language", "en")
                        .with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason").value("The page must be a whole number from 0 to 100000"));
        mvc.perform(get("/api/v1/enterprises?page=100000&size=200")
                        .with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty());
    }

    @Test
    void pagesAnswerHugePagesWithTheBadRequestStatus() throws Exception {
        // MockMvc does not run the container's error dispatch; error/400.html renders it in a real server
        for (String path : new String[] {"/enterprises?page=2147483647", "/licences?page=9999999999",
                "/admin/users?page=2147483647", "/spotchecks/batches?page=2147483647"}) {
            mvc.perform(get(path).with(user(Fixtures.details(admin))))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/enterprises?page=3").with(user(Fixtures.details(admin)))).andExpect(status().isOk());
    }
}
