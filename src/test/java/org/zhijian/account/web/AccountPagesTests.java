package org.zhijian.account.web;

import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

class AccountPagesTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void usersChangeTheirOwnPassword() throws Exception {
        User u = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(post("/account/password").with(user(Fixtures.details(u))).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "brand-new-9")
                        .param("confirmPassword", "brand-new-9"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(u.getUsername()).password("brand-new-9")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' "
                + "and entity_id = ? and action = 'PASSWORD'", Long.class, u.getId())).isOne();
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsExplained() throws Exception {
        User u = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(post("/account/password").with(user(Fixtures.details(u))).with(csrf())
                        .param("currentPassword", "not-it").param("newPassword", "brand-new-9")
                        .param("confirmPassword", "brand-new-9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").with(user(Fixtures.details(u))).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(content().string(containsString("密码至少 8 位")));
        mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aDistrictAdminCreatesUsersOnlyInTheirDistrict() throws Exception {
        var district = fixtures.district();
        var other = fixtures.district();
        User admin = fixtures.user(Role.ADMIN, district.getId());
        String name = "newuser" + Fixtures.next();
        mvc.perform(post("/admin/users").with(user(Fixtures.details(admin))).with(csrf())
                        .param("username", name).param("displayName", "新人").param("role", "INSPECTOR")
                        .param("districtId", String.valueOf(other.getId())).param("enabled", "true")
                        .param("password", "initial-pw-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能在本辖区内登记")));
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class, name)).isZero();
        mvc.perform(post("/admin/users").with(user(Fixtures.details(admin))).with(csrf())
                        .param("username", name).param("displayName", "新人").param("role", "INSPECTOR")
                        .param("districtId", String.valueOf(district.getId())).param("enabled", "true")
                        .param("password", "initial-pw-1"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select district_id from app_user where username = ?", Long.class, name))
                .isEqualTo(district.getId());
    }

    /** Issue 13: the address the notification mails go to, kept on the account; a wrong one explained beside it. */
    @Test
    void anAdminSetsAUsersEmailAddress() throws Exception {
        var district = fixtures.district();
        User admin = fixtures.user(Role.ADMIN, district.getId());
        String name = "mailuser" + Fixtures.next();
        mvc.perform(post("/admin/users").with(user(Fixtures.details(admin))).with(csrf())
                        .param("username", name).param("displayName", "新人").param("role", "INSPECTOR")
                        .param("districtId", String.valueOf(district.getId())).param("enabled", "true")
                        .param("email", "not-an-address").param("password", "initial-pw-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入有效的电子邮箱地址")))
                .andExpect(content().string(containsString("value=\"not-an-address\"")));
        mvc.perform(post("/admin/users").with(user(Fixtures.details(admin))).with(csrf())
                        .param("username", name).param("displayName", "新人").param("role", "INSPECTOR")
                        .param("districtId", String.valueOf(district.getId())).param("enabled", "true")
                        .param("email", " xin.ren@bureau.test ").param("password", "initial-pw-1"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, name))
                .isEqualTo("xin.ren@bureau.test");
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/users/" + id)
                        .with(user(Fixtures.details(admin))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.email")
                        .value("xin.ren@bureau.test"));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' and entity_id = ? "
                + "and after_state like '%xin.ren@bureau.test%'", Long.class, id)).isOne();
    }
}
