package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Content-Security-Policy and Referrer-Policy on pages and API (HSTS: {@link HstsHeaderTests});
 * health details for admins only.
 */
class SecurityHeadersTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAndApiCarryTheContentSecurityPolicyAndReferrerPolicy() throws Exception {
        User head = fixtures.user(Role.HEAD, null);
        for (MvcResult r : new MvcResult[] {
                mvc.perform(get("/login")).andReturn(),
                mvc.perform(get("/dashboard").with(user(Fixtures.details(head)))).andReturn(),
                mvc.perform(get("/enterprises/999999999").with(user(Fixtures.details(head)))).andReturn(),
                mvc.perform(get("/api/v1/enterprises").with(httpBasic(head.getUsername(), Fixtures.PASSWORD)))
                        .andReturn()}) {
            String csp = r.getResponse().getHeader("Content-Security-Policy");
            assertThat(csp).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
                    "base-uri 'self'");
            assertThat(csp).doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(r.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void healthDetailsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
        for (Role role : new Role[] {Role.INSPECTOR, Role.HEAD}) {
            mvc.perform(get("/actuator/health").with(user(Fixtures.details(fixtures.user(role, null)))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
        }
        mvc.perform(get("/actuator/health").with(user(Fixtures.details(fixtures.user(Role.ADMIN, null)))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
