package org.zhijian.classification.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

class RiskApiIntegrationTests extends PostgresIntegrationTests {

    /** The application's clock, in the bureau's zone: the suite runs with the JVM in UTC. */
    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    District district;
    Enterprise enterprise;
    User inspector;
    User head;
    User admin;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        fixtures.licence(enterprise, LocalDate.now(clock).minusYears(2));
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        head = fixtures.user(Role.HEAD, district.getId());
        admin = fixtures.user(Role.ADMIN, district.getId());
        for (int i = 0; i < 2; i++) {
            fixtures.user(Role.INSPECTOR, district.getId());
        }
    }

    @Test
    void aRiskPointIsRecordedGradedAndHiddenFromOtherDistricts() throws Exception {
        String body = """
                {"enterpriseId": %d, "placeKind": "EQUIPMENT", "placeName": "反应釜", "hazard": "超压爆炸",
                 "controls": "安全阀", "responsiblePerson": "王五", "method": "LEC",
                 "likelihood": 3, "exposure": 6, "severity": 40}""".formatted(enterprise.getId());
        String created = mvc.perform(post("/api/v1/risk-points").with(user(Fixtures.details(inspector)))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.grade").value("MAJOR"))
                .andExpect(jsonPath("$.colour").value("red"))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(created, "$.id");

        User stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        mvc.perform(get("/api/v1/risk-points/{id}", id).with(user(Fixtures.details(stranger))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/risk-points").param("grade", "MAJOR").param("enterpriseId",
                        enterprise.getId().toString()).with(user(Fixtures.details(inspector))))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(post("/api/v1/risk-points").with(user(Fixtures.details(inspector)))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"exposure\": 6", "\"exposure\": 5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("exposure"));
    }

    @Test
    void theHazardLifecycleRefusesASkippedStepWithAProblem() throws Exception {
        String created = mvc.perform(post("/api/v1/hazards").with(user(Fixtures.details(inspector)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"enterpriseId": %d, "level": "GENERAL", "description": "灭火器过期",
                                 "requirement": "更换", "legalBasis": "消防法", "foundOn": "%s", "deadline": "%s",
                                 "responsiblePerson": "赵六"}""".formatted(enterprise.getId(), LocalDate.now(clock),
                                LocalDate.now(clock).plusDays(7))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NOTIFIED"))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(created, "$.id");
        Integer version = JsonPath.read(created, "$.version");

        mvc.perform(post("/api/v1/hazards/{id}/actions", id).with(user(Fixtures.details(head)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"ACCEPT\", \"version\": %d}".formatted(version)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(post("/api/v1/hazards/{id}/actions", id).with(user(Fixtures.details(inspector)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\": \"RECTIFY\", \"note\": \"已更换\", \"version\": %d}".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECTIFIED_AWAITING_ACCEPTANCE"));
        mvc.perform(get("/api/v1/hazards/{id}/steps", id).with(user(Fixtures.details(head))))
                .andExpect(jsonPath("$[1].note").value("已更换"));
        mvc.perform(get("/api/v1/hazards/{id}/notice.pdf", id).with(user(Fixtures.details(head))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void classesDrawsAndTheirDocumentationAreOnTheApi() throws Exception {
        Enterprise unlicensed = fixtures.enterprise(district.getId());
        mvc.perform(get("/api/v1/classifications/{id}", unlicensed.getId()).with(user(Fixtures.details(admin))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/classifications/{id}/incidents", enterprise.getId())
                        .with(user(Fixtures.details(admin))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"COMPLAINT\", \"occurredOn\": \"%s\", \"summary\": \"投诉\"}"
                                .formatted(LocalDate.now(clock))))
                .andExpect(status().isOk());
        String cls = mvc.perform(get("/api/v1/classifications/{id}", enterprise.getId())
                        .with(user(Fixtures.details(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factors[4].points").value(5))
                .andReturn().getResponse().getContentAsString();
        Integer version = JsonPath.read(cls, "$.version");
        mvc.perform(put("/api/v1/classifications/{id}/override", enterprise.getId())
                        .with(user(Fixtures.details(admin))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"supervisionClass\": \"C\", \"reason\": \"专项整治\", \"version\": %d}".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveClass").value("C"))
                .andExpect(jsonPath("$.overrideReason").value("专项整治"));

        String draw = mvc.perform(post("/api/v1/draws").with(user(Fixtures.details(head)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"抽查\", \"enterpriseCount\": 1, \"inspectorsPerEnterprise\": 2, \"seed\": 5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seed").value(5))
                .andExpect(jsonPath("$.entries[0].inspectorIds.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        Integer drawId = JsonPath.read(draw, "$.id");
        mvc.perform(get("/api/v1/draws/{id}/reproduction", drawId).with(user(Fixtures.details(head))))
                .andExpect(jsonPath("$.matchesOriginal").value(true));
        mvc.perform(post("/api/v1/draws").with(user(Fixtures.details(inspector)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"抽查\", \"enterpriseCount\": 1, \"inspectorsPerEnterprise\": 2}"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/hazards/{id}/actions")))
                .andExpect(content().string(containsString("/api/v1/draws/{id}/reproduction")))
                .andExpect(jsonPath("$.tags[*].name", hasItem("Classified supervision")));
    }
}
