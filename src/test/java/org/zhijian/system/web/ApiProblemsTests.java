package org.zhijian.system.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Every API error is a problem detail that names the bad field and the reason in the caller's language. */
class ApiProblemsTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;

    User admin;
    Long districtId;

    @BeforeEach
    void setUp() {
        districtId = fixtures.district().getId();
        admin = fixtures.user(Role.ADMIN, districtId);
    }

    @Test
    void everyBadFieldIsListedWithItsReason() throws Exception {
        mvc.perform(post("/api/v1/enterprises").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"creditCode\":\"9133010079965505OB\",\"industry\":\"TOY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].reason").value("必填"))
                .andExpect(jsonPath("$.errors[?(@.field == 'districtId')].reason").value("必填"))
                .andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].reason")
                        .value("统一社会信用代码第17位“O”不是有效字符(不使用 I、O、S、V、Z)"));
    }

    @Test
    void anUnknownEnumValueNamesItsField() throws Exception {
        mvc.perform(post("/api/v1/enterprises").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"creditCode\":\"91330100799655058B\",\"districtId\":1,"
                                + "\"industry\":\"SPACESHIPS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("industry"))
                .andExpect(jsonPath("$.errors[0].reason").value("Value of the wrong type or format"));
    }

    @Test
    void aBadQueryParameterNamesItself() throws Exception {
        mvc.perform(get("/api/v1/enterprises?districtId=abc").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("districtId"));
    }

    @Test
    void aStaleUpdateIsAConflictWithTheCurrentValues() throws Exception {
        Enterprise e = fixtures.enterprise(districtId);
        String body = """
                {"name":"%s","creditCode":"%s","districtId":%d,"industry":"TOY","version":%d}
                """;
        var basic = httpBasic(admin.getUsername(), Fixtures.PASSWORD);
        mvc.perform(put("/api/v1/enterprises/" + e.getId()).with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("先改", e.getCreditCode().value(), districtId, e.getVersion())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(e.getVersion() + 1));
        mvc.perform(put("/api/v1/enterprises/" + e.getId()).with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("后改", e.getCreditCode().value(), districtId, e.getVersion())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.name").value("先改"))
                .andExpect(jsonPath("$.currentVersion").value(e.getVersion() + 1));
        mvc.perform(put("/api/v1/enterprises/" + e.getId()).with(basic).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"无版本\",\"creditCode\":\"" + e.getCreditCode().value()
                                + "\",\"districtId\":" + districtId + ",\"industry\":\"TOY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/enterprises']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/licences/{id}/transitions']").exists());
    }
}
