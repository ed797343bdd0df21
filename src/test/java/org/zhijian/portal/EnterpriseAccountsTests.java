package org.zhijian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.portal.domain.DeregisteredEnterprises;
import org.zhijian.portal.domain.EnterpriseAccounts;
import org.zhijian.portal.domain.IssuedInvitation;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.Role;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * Issue 13, point 1: an admin invites an enterprise user, who sets a password through the link and logs
 * in on the portal's own login page (with lockout); they reach only /portal; a deregistered enterprise's
 * users are refused at login and disabled by the daily job.
 */
class EnterpriseAccountsTests extends PostgresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired EnterpriseAccounts accounts;
    @Autowired DeregisteredEnterprises deregistered;

    private IssuedInvitation invite(User admin, Enterprise e, String username) {
        return fixtures.as(Fixtures.details(admin), () -> accounts.invite(e.getCreditCode().value(), username,
                "张质量"));
    }

    @Test
    void anInvitedUserSetsAPasswordOnceAndLogsInToTheirOwnEnterprise() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise e = fixtures.enterprise(district);
        User admin = fixtures.user(Role.ADMIN, district);
        String username = "qs" + Fixtures.next();
        IssuedInvitation issued = invite(admin, e, username);

        // not enabled before the password is set
        mvc.perform(formLogin("/portal/login").user(username).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/portal/login?error"));
        mvc.perform(get(issued.path())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(e.getName())));
        mvc.perform(post(issued.path()).with(csrf()).param("password", Fixtures.PASSWORD)
                .param("confirmPassword", Fixtures.PASSWORD)).andExpect(redirectedUrl("/portal/login?activated"));
        // the link works once
        mvc.perform(get(issued.path())).andExpect(status().isNotFound());

        var session = mvc.perform(formLogin("/portal/login").user(username).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/portal")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/portal").cookie(session))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(e.getName())));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' and action = "
                + "'ACTIVATE' and actor = ?", Long.class, username)).isOne();
    }

    @Test
    void anEnterpriseUserChangesTheirOwnPasswordOnTheEnterpriseSideUnderTheBureausRules() throws Exception {
        Enterprise e = fixtures.enterprise(fixtures.district().getId());
        User officer = fixtures.enterpriseUser(e);
        var as = user(Fixtures.details(officer));
        mvc.perform(get("/portal/password").with(as)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"currentPassword\"")));
        // the wrong current password, a weak one, two that differ: each refused beside its field, nothing changed
        mvc.perform(post("/portal/password").with(csrf()).with(as).param("currentPassword", "wrong-2026")
                .param("newPassword", "Better2026x").param("confirmPassword", "Better2026x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"currentPassword-error\"")));
        mvc.perform(post("/portal/password").with(csrf()).with(as).param("currentPassword", Fixtures.PASSWORD)
                .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"newPassword-error\"")));
        mvc.perform(post("/portal/password").with(csrf()).with(as).param("currentPassword", Fixtures.PASSWORD)
                .param("newPassword", "Better2026x").param("confirmPassword", "Better2026y"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"confirmPassword-error\"")));
        assertThat(audited(officer)).isZero();

        mvc.perform(post("/portal/password").with(csrf()).with(as).param("currentPassword", Fixtures.PASSWORD)
                .param("newPassword", "Better2026x").param("confirmPassword", "Better2026x"))
                .andExpect(redirectedUrl("/portal"));
        assertThat(audited(officer)).isOne();
        mvc.perform(formLogin("/portal/login").user(officer.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/portal/login?error"));
        mvc.perform(formLogin("/portal/login").user(officer.getUsername()).password("Better2026x"))
                .andExpect(redirectedUrl("/portal"));
    }

    private Long audited(User u) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' and action = "
                + "'PASSWORD' and entity_id = ? and actor = ?", Long.class, u.getId(), u.getUsername());
    }

    @Test
    void anExpiredInvitationOpensNothing() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise e = fixtures.enterprise(district);
        IssuedInvitation issued = invite(fixtures.user(Role.ADMIN, district), e, "qs" + Fixtures.next());
        jdbc.update("update portal_invitation set expires_at = now() - interval '1 minute' where username = ?",
                issued.username());
        mvc.perform(get(issued.path())).andExpect(status().isNotFound());
        mvc.perform(post(issued.path()).with(csrf()).param("password", Fixtures.PASSWORD)
                .param("confirmPassword", Fixtures.PASSWORD)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select enabled from app_user where username = ?", Boolean.class,
                issued.username())).isFalse();
    }

    @Test
    void anAdminOfAnotherDistrictCannotInviteForThisEnterprise() {
        Enterprise e = fixtures.enterprise(fixtures.district().getId());
        User otherAdmin = fixtures.user(Role.ADMIN, fixtures.district().getId());
        assertThatThrownBy(() -> invite(otherAdmin, e, "qs" + Fixtures.next()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEnterpriseUserReachesNoBureauPageAndNoApi() throws Exception {
        Enterprise e = fixtures.enterprise(fixtures.district().getId());
        User u = fixtures.enterpriseUser(e);
        for (String page : new String[] {"/", "/enterprises", "/enterprises/" + e.getId(), "/spotchecks/batches",
                "/risk/hazards", "/inbox", "/account/password", "/admin/users"}) {
            mvc.perform(get(page).with(user(Fixtures.details(u)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/enterprises/" + e.getId()).with(httpBasic(u.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        // and a bureau user gets no portal page
        User inspector = fixtures.user(Role.INSPECTOR, e.getDistrictId());
        mvc.perform(get("/portal").with(user(Fixtures.details(inspector)))).andExpect(status().isForbidden());
    }

    @Test
    void thePortalLoginLocksTheAccountAfterRepeatedFailures() throws Exception {
        User u = fixtures.enterpriseUser(fixtures.enterprise(fixtures.district().getId()));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/portal/login").user(u.getUsername()).password("wrong-" + i))
                    .andExpect(redirectedUrl("/portal/login?error"));
        }
        mvc.perform(formLogin("/portal/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/portal/login?error"));
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where id = ?", Boolean.class,
                u.getId())).isTrue();
    }

    @Test
    void anEnterpriseUserOnTheBureauLoginPageIsSentToThePortal() throws Exception {
        User u = fixtures.enterpriseUser(fixtures.enterprise(fixtures.district().getId()));
        mvc.perform(formLogin("/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/portal"));
    }

    @Test
    void aDeregisteredEnterprisesUsersAreRefusedAtLoginAndDisabledByTheDailyJob() throws Exception {
        Enterprise e = fixtures.enterprise(fixtures.district().getId());
        User u = fixtures.enterpriseUser(e);
        jdbc.update("update enterprise set status = 'DEREGISTERED' where id = ?", e.getId());
        mvc.perform(formLogin("/portal/login").user(u.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrlPattern("/portal/login?error*"));
        assertThat(deregistered.disableUsersOfDeregistered()).isPositive();
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, u.getId()))
                .isFalse();
    }
}
