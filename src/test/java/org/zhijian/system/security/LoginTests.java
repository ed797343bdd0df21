package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Form login, lockout that reveals nothing, sessions in the database, API blind to session cookies. */
class LoginTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loginStoresTheSessionInTheDatabase() throws Exception {
        User u = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                u.getUsername())).isOne();
        // the stored security context carries no password hash
        byte[] stored = jdbc.queryForObject("select a.attribute_bytes from spring_session_attributes a join "
                + "spring_session s on s.primary_id = a.session_primary_id where s.principal_name = ? and "
                + "a.attribute_name = 'SPRING_SECURITY_CONTEXT'", byte[].class, u.getUsername());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(u.getPasswordHash()).contains(u.getUsername());
    }

    @Test
    void repeatedFailuresLockTheAccountWithTheSameMessageAsAnUnknownUser() throws Exception {
        User u = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(u.getUsername()).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // locked: even the right password is refused, exactly as for a user that does not exist
        mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-" + Fixtures.next()).password("whatever"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/enterprises").with(httpBasic(u.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where id = ?", Boolean.class,
                u.getId())).isTrue();

        mvc.perform(get("/login?error"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("连续多次失败后账户将被暂时锁定")));
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() throws Exception {
        User u = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(u.getUsername()).password("wrong"));
        }
        mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select failed_attempts from app_user where id = ?", Integer.class,
                u.getId())).isZero();
    }

    @Test
    void theApiIgnoresBrowserSessionCookies() throws Exception {
        User u = fixtures.user(Role.ADMIN, null);
        MvcResult login = mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/enterprises").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises").cookie(session)).andExpect(status().isUnauthorized());
    }
}
