package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Every role against every page and API group; cross-district reads and writes; CSRF on forms. */
class AccessControlTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    District home;
    District other;
    Enterprise own;
    Enterprise foreign;
    ProductionLicence foreignLicence;

    @BeforeEach
    void setUp() {
        home = fixtures.district();
        other = fixtures.district();
        own = fixtures.enterprise(home.getId());
        foreign = fixtures.enterprise(other.getId());
        foreignLicence = fixtures.licence(foreign, LocalDate.now().minusYears(1));
    }

    private ZhijianUserDetails as(Role role) {
        return Fixtures.details(fixtures.user(role, home.getId()));
    }

    /** Expected status per role for each page: reading is for everyone, record-keeping for admins. */
    /** The bureau's roles; an enterprise user reaches none of this (PortalSecurityTests). */
    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ENTERPRISE")
    void pagesByRole(Role role) throws Exception {
        ZhijianUserDetails u = as(role);
        int adminOnly = role == Role.ADMIN ? 200 : 403;
        Map<String, Integer> expected = Map.of(
                "/", 200,
                "/enterprises", 200,
                "/enterprises/" + own.getId(), 200,
                "/licences", 200,
                "/licences/expiring", 200,
                "/licences/renewals", 200,
                "/account/password", 200,
                "/enterprises/new", adminOnly,
                "/admin/users", adminOnly,
                "/licences/new?enterpriseId=" + own.getId(), adminOnly);
        for (var e : expected.entrySet()) {
            int actual = mvc.perform(get(e.getKey()).with(user(u))).andReturn().getResponse().getStatus();
            assertThat(actual).as(role + " " + e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String path : new String[] {"/", "/enterprises", "/licences", "/admin/users"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ENTERPRISE")
    void apiByRole(Role role) throws Exception {
        User u = fixtures.user(role, home.getId());
        int write = role == Role.ADMIN ? 201 : 403;
        mvc.perform(get("/api/v1/enterprises").with(httpBasic(u.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/licences").with(httpBasic(u.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        String body = """
                {"name":"接口测试有限公司","creditCode":"%s","districtId":%d,"industry":"TOY"}
                """.formatted(Fixtures.uniqueCreditCode().value(), home.getId());
        mvc.perform(post("/api/v1/enterprises").with(httpBasic(u.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(write));
        String licence = """
                {"number":"%s","enterpriseId":%d,"productName":"电线电缆","productUnit":"低压电力电缆","issuedOn":"2024-01-01"}
                """.formatted(Fixtures.uniqueLicenceNumber().value(), own.getId());
        mvc.perform(post("/api/v1/licences").with(httpBasic(u.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(licence))
                .andExpect(status().is(write));
    }

    @Test
    void apiWithoutCredentialsIsAProblem401() throws Exception {
        mvc.perform(get("/api/v1/enterprises"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void crossDistrictPageReadsAndWritesAreNotFoundAndLogged() throws Exception {
        ZhijianUserDetails admin = as(Role.ADMIN);
        mvc.perform(get("/enterprises/" + foreign.getId()).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + foreign.getId() + "/edit").with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/licences/" + foreignLicence.getId()).with(user(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + foreign.getId()).with(user(admin)).with(csrf())
                        .param("name", "篡改").param("creditCode", foreign.getCreditCode().value())
                        .param("districtId", String.valueOf(home.getId())).param("industry", "TOY")
                        .param("status", "ACTIVE").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/licences/" + foreignLicence.getId() + "/transitions").with(user(admin)).with(csrf())
                        .param("targetStatus", "SUSPENDED").param("reason", "x").param("legalBasis", "y")
                        .param("version", "0"))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, foreign.getId()))
                .isEqualTo(foreign.getName());
        assertThat(jdbc.queryForObject("select status from production_licence where id = ?", String.class,
                foreignLicence.getId())).isEqualTo("VALID");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = ?",
                Long.class, admin.username())).isGreaterThanOrEqualTo(4);
    }

    @Test
    void crossDistrictApiReadsAndWritesAreNotFound() throws Exception {
        User admin = fixtures.user(Role.ADMIN, home.getId());
        var basic = httpBasic(admin.getUsername(), Fixtures.PASSWORD);
        mvc.perform(get("/api/v1/enterprises/" + foreign.getId()).with(basic)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/licences/" + foreignLicence.getId()).with(basic)).andExpect(status().isNotFound());
        String body = """
                {"name":"篡改","creditCode":"%s","districtId":%d,"industry":"TOY","version":0}
                """.formatted(foreign.getCreditCode().value(), home.getId());
        mvc.perform(put("/api/v1/enterprises/" + foreign.getId()).with(basic)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/licences/" + foreignLicence.getId() + "/transitions").with(basic)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetStatus\":\"SUSPENDED\",\"reason\":\"x\",\"legalBasis\":\"y\",\"version\":0}"))
                .andExpect(status().isNotFound());
        // a district user asking the list for another district still gets only their own
        String list = mvc.perform(get("/api/v1/enterprises?size=200&districtId=" + other.getId()).with(basic))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(foreign.getCreditCode().value());
        assertThat(jdbc.queryForObject("select name from enterprise where id = ?", String.class, foreign.getId()))
                .isEqualTo(foreign.getName());
    }

    @Test
    void districtAdminCannotRegisterInAnotherDistrict() throws Exception {
        User admin = fixtures.user(Role.ADMIN, home.getId());
        String body = """
                {"name":"越界登记有限公司","creditCode":"%s","districtId":%d,"industry":"TOY"}
                """.formatted(Fixtures.uniqueCreditCode().value(), other.getId());
        mvc.perform(post("/api/v1/enterprises").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("districtId"));
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        ZhijianUserDetails admin = as(Role.ADMIN);
        String code = Fixtures.uniqueCreditCode().value();
        mvc.perform(post("/enterprises").with(user(admin))
                        .param("name", "无令牌有限公司").param("creditCode", code)
                        .param("districtId", String.valueOf(home.getId())).param("industry", "TOY")
                        .param("status", "ACTIVE"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from enterprise where credit_code = ?", Long.class, code))
                .isZero();
        mvc.perform(post("/enterprises").with(user(admin)).with(csrf())
                        .param("name", "有令牌有限公司").param("creditCode", code)
                        .param("districtId", String.valueOf(home.getId())).param("industry", "TOY")
                        .param("status", "ACTIVE"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from enterprise where credit_code = ?", Long.class, code))
                .isOne();
    }
}
