package org.zhijian.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserRepository;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** /api/v1/users: admins within their scope, versioned updates, problems in the caller's language. */
class UserApiTests extends PostgresIntegrationTests {

    private static final String UPDATE = """
            {"displayName":"%s","role":"%s","districtId":%s,"enabled":%s,"version":%d}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserRepository users;

    @Autowired
    PlatformTransactionManager transactions;

    Long district;
    User cityAdmin;
    User districtAdmin;
    User inspector;

    @BeforeEach
    void setUp() {
        district = fixtures.district().getId();
        cityAdmin = fixtures.user(Role.ADMIN, null);
        districtAdmin = fixtures.user(Role.ADMIN, district);
        inspector = fixtures.user(Role.INSPECTOR, district);
    }

    @Test
    void aDistrictAdminListsTheirDistrictAndNoPasswordHashIsEverSent() throws Exception {
        fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        String list = mvc.perform(get("/api/v1/users?size=200").with(as(districtAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].districtId", everyItem(is(district.intValue()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(inspector.getUsername()).doesNotContain("password", inspector.getPasswordHash());
        String one = mvc.perform(get("/api/v1/users/{id}", inspector.getId()).with(as(cityAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(inspector.getUsername()))
                .andReturn().getResponse().getContentAsString();
        assertThat(one).doesNotContain("password", "{noop}", "{bcrypt}");
        User elsewhere = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(get("/api/v1/users/{id}", elsewhere.getId()).with(as(districtAdmin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void createUpdateAndAStaleUpdate() throws Exception {
        String name = "api" + Fixtures.next();
        String created = mvc.perform(post("/api/v1/users").with(as(districtAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"新检查员","role":"INSPECTOR","districtId":%d,
                                 "password":"initial-pw-1"}""".formatted(name, district)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(created).doesNotContain("initial-pw-1", "password");
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);

        mvc.perform(put("/api/v1/users/{id}", id).with(as(districtAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted("停用的人", "HEAD", district, false, 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.role").value("HEAD"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/users/{id}", id).with(as(districtAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted("迟到的修改", "INSPECTOR", district, true, 0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.displayName").value("停用的人"))
                .andExpect(jsonPath("$.current.enabled").value(false));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'User' and entity_id = ?"
                + " and action = 'UPDATE' and before_state like '%\"enabled\":true%' and after_state like"
                + " '%\"enabled\":false%'", Long.class, id)).isOne();
    }

    @Test
    void badRequestsNameTheFieldAndTheReasonInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/users").with(as(cityAdmin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"bad name\",\"displayName\":\"\",\"role\":\"INSPECTOR\","
                                + "\"password\":\"initial-pw-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'displayName')].reason").value("必填"))
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists());
        mvc.perform(post("/api/v1/users").with(as(cityAdmin)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"u%d\",\"displayName\":\"x\",\"role\":\"INSPECTOR\",\"districtId\":%d,"
                                .formatted(Fixtures.next(), district) + "\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("A password needs at least 8 characters, with letters and digits"));
        mvc.perform(put("/api/v1/users/{id}", inspector.getId()).with(as(districtAdmin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted("x", "ADMIN", "null", true, inspector.getVersion())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("districtId"));
        mvc.perform(put("/api/v1/users/{id}", districtAdmin.getId()).with(as(districtAdmin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted("x", "ADMIN", district, false, districtAdmin.getVersion())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enabled"));
        mvc.perform(put("/api/v1/users/{id}", inspector.getId()).with(as(districtAdmin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"x\",\"role\":\"INSPECTOR\",\"districtId\":%d,\"enabled\":true}"
                                .formatted(district)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void onlyAdminsUseIt() throws Exception {
        mvc.perform(get("/api/v1/users").with(as(inspector))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/{id}", inspector.getId()).with(as(inspector)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminLiftsALockoutWithoutMakingOpenEditsStale() throws Exception {
        jdbc.update("update app_user set failed_attempts = 5, locked_until = now() + interval '10 minutes'"
                + " where id = ?", inspector.getId());
        mvc.perform(get("/api/v1/users/{id}", inspector.getId()).with(as(districtAdmin)))
                .andExpect(jsonPath("$.locked").value(true));
        mvc.perform(post("/api/v1/users/{id}/unlock", inspector.getId()).with(as(districtAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.version").value(inspector.getVersion()));
        mvc.perform(put("/api/v1/users/{id}", inspector.getId()).with(as(districtAdmin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE.formatted("解锁后", "INSPECTOR", district, true, inspector.getVersion())))
                .andExpect(status().isOk());
    }

    /**
     * Both saves pass the version check, the other one commits first, and this one
     * fails only when its UPDATE finds no row of its version: still a 409 with the
     * values the record holds now.
     */
    @Test
    void aConflictFoundAtFlushCarriesTheCurrentValues() throws Exception {
        long version = inspector.getVersion();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            users.findById(inspector.getId()).orElseThrow(); // this request's view: the old version
            CompletableFuture.runAsync(() -> jdbc.update("update app_user set display_name = '别人刚改的',"
                    + " version = version + 1 where id = ?", inspector.getId())).join();
            try {
                mvc.perform(put("/api/v1/users/{id}", inspector.getId()).with(as(cityAdmin))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(UPDATE.formatted("我的修改", "INSPECTOR", district, true, version)))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.currentVersion").value(version + 1))
                        .andExpect(jsonPath("$.current.displayName").value("别人刚改的"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class,
                inspector.getId())).isEqualTo("别人刚改的");
    }

    private static RequestPostProcessor as(User u) {
        return httpBasic(u.getUsername(), Fixtures.PASSWORD);
    }
}
