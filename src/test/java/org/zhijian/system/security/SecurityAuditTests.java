package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Failed logins, lockouts and refusals by role each leave an audit row; the account's version is left alone. */
class SecurityAuditTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void failedLoginsAndTheLockoutAreAuditedWithoutTouchingTheVersion() throws Exception {
        User u = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        long version = u.getVersion();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(u.getUsername()).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' and entity_id = ?"
                + " and action = 'LOGIN_FAILED' and actor = ?", Long.class, u.getId(), u.getUsername())).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' and entity_id = ?"
                + " and action = 'LOCKED'", Long.class, u.getId())).isOne();
        assertThat(jdbc.queryForObject("select detail from audit_event where entity_id = ? and action = 'LOGIN_FAILED'"
                + " order by id desc limit 1", String.class, u.getId())).contains("LockedException");
        assertThat(jdbc.queryForMap("select version, failed_attempts, locked_until is not null as locked"
                + " from app_user where id = ?", u.getId()))
                .containsEntry("version", version).containsEntry("failed_attempts", 5).containsEntry("locked", true);
    }

    @Test
    void aFailedLoginWithAnUnknownNameIsAuditedWithoutTheNameItself() throws Exception {
        String typed = "MySecret-" + Fixtures.next() + "-pw";
        long before = countUnknown();
        mvc.perform(formLogin("/login").user(typed).password("whatever"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(typed).password("again"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(countUnknown()).isEqualTo(before + 2);
        List<String> details = jdbc.queryForList("select detail from audit_event where action = 'LOGIN_FAILED'"
                + " and actor = 'anonymous' order by id desc limit 2", String.class);
        assertThat(details).allSatisfy(d -> assertThat(d).startsWith("unknown username hmac:").doesNotContain(typed));
        assertThat(details.get(0)).as("the same name gives the same mark").isEqualTo(details.get(1));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like ? or actor like ?",
                Long.class, "%" + typed + "%", "%" + typed + "%")).isZero();
    }

    @Test
    void refusalsByRoleAreAuditedOnPagesAndApiOnce() throws Exception {
        User inspector = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(get("/admin/users").with(user(Fixtures.details(inspector)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        List<String> details = jdbc.queryForList("select detail from audit_event where action = 'FORBIDDEN'"
                + " and entity_type = 'Request' and actor = ? order by id", String.class, inspector.getUsername());
        assertThat(details).containsExactly("GET /admin/users role INSPECTOR", "GET /api/v1/users role INSPECTOR");
    }

    private long countUnknown() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED'"
                + " and actor = 'anonymous'", Long.class);
    }
}
