package org.zhijian.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.incident.domain.IncidentDetails;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.IncidentService;
import org.zhijian.incident.domain.QualityIncident;
import org.zhijian.incident.domain.RiskInformation;
import org.zhijian.incident.domain.RiskInformationDetails;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.incident.domain.SpecialInspectionOrder;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/** Another district's risk information and incidents are refused by page and API, and nothing changes. */
class IncidentAccessTests extends PostgresIntegrationTests {

    @Autowired Clock clock;
    @Autowired RiskInformationService information;
    @Autowired IncidentService incidents;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired List<TodoSource> todoSources;

    District a;
    District b;
    Enterprise inA;
    RiskInformation item;
    QualityIncident incident;
    User headA;
    List<User> strangers;

    @BeforeEach
    void setUp() {
        a = fixtures.district();
        b = fixtures.district();
        inA = fixtures.enterprise(a.getId(), Industry.TOY);
        fixtures.enterprise(b.getId(), Industry.TOY);
        User inspectorA = fixtures.user(Role.INSPECTOR, a.getId());
        headA = fixtures.user(Role.HEAD, a.getId());
        item = fixtures.as(Fixtures.details(inspectorA), () -> information.receive(new RiskInformationDetails(
                RiskSource.REPORT, inA.getId(), null, "举报:玩具小零件易脱落", "匿名", null)));
        incident = fixtures.as(Fixtures.details(headA), () -> incidents.open(new IncidentDetails("儿童玩具窒息事故",
                IncidentLevel.IV, inA.getId(), null, "经过", clock.instant().minus(Duration.ofMinutes(30)), false,
                null)));
        strangers = List.of(fixtures.user(Role.HEAD, b.getId()), fixtures.user(Role.ADMIN, b.getId()),
                fixtures.user(Role.INSPECTOR, b.getId()));
    }

    @Test
    void anotherDistrictSeesNeitherPagesNorApiRecords() throws Exception {
        for (User s : strangers) {
            var u = user(Fixtures.details(s));
            for (String path : List.of("/risk-information/" + item.getId(), "/api/v1/risk-information/" + item.getId(),
                    "/incidents/" + incident.getId(), "/api/v1/incidents/" + incident.getId(),
                    "/incidents/" + incident.getId() + "/progress", "/api/v1/incidents/" + incident.getId() + "/progress",
                    "/api/v1/incidents/" + incident.getId() + "/reports")) {
                mvc.perform(get(path).with(u)).andExpect(status().isNotFound());
            }
            mvc.perform(get("/api/v1/risk-information").param("districtId", a.getId().toString()).with(u))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[?(@.id == " + item.getId() + ")]").isEmpty());
            mvc.perform(get("/api/v1/incidents").param("districtId", a.getId().toString()).with(u))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[?(@.id == " + incident.getId() + ")]").isEmpty());
            mvc.perform(get("/risk-information").param("districtId", a.getId().toString()).with(u))
                    .andExpect(status().isOk())
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                            .doesNotContain("玩具小零件易脱落"));
        }
        User headB = strangers.get(0);
        mvc.perform(post("/api/v1/incidents/{id}/reports", incident.getId()).with(user(Fixtures.details(headB)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INITIAL\",\"content\":\"首报\",\"version\":" + incident.getVersion() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/risk-information/{id}/assessment", item.getId()).with(user(Fixtures.details(headB)))
                        .with(csrf()).param("action", "NONE").param("reason", "无").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from incident_report where incident_id = ?", Long.class,
                incident.getId())).isZero();
        assertThat(jdbc.queryForObject("select status from risk_information where id = ?", String.class,
                item.getId())).isEqualTo("RECEIVED");
    }

    @Test
    void theOwnDistrictSeesThemAndAnInspectorMayNotAssess() throws Exception {
        mvc.perform(get("/risk-information/" + item.getId()).with(user(Fixtures.details(headA))))
                .andExpect(status().isOk());
        mvc.perform(get("/incidents/" + incident.getId()).with(user(Fixtures.details(headA))))
                .andExpect(status().isOk());
        User inspector = fixtures.user(Role.INSPECTOR, a.getId());
        mvc.perform(post("/api/v1/risk-information/{id}/assessment", item.getId())
                        .with(user(Fixtures.details(inspector))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"NONE\",\"reason\":\"无\",\"version\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDistrictHeadDispatchesASpecialInspectionOnlyInTheirOwnDistrict() {
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(headA), () -> incidents.dispatch(incident.getId(),
                incident.getVersion(), new SpecialInspectionOrder("玩具专项检查", List.of(a.getId(), b.getId()), Industry.TOY,
                        LocalDate.now(clock).plusDays(5)))))
                .isInstanceOf(BusinessRuleException.class);
        QualityIncident i = fixtures.as(Fixtures.details(headA), () -> incidents.dispatch(incident.getId(),
                incident.getVersion(), new SpecialInspectionOrder("玩具专项检查", List.of(a.getId()), Industry.TOY,
                        LocalDate.now(clock).plusDays(5))));
        assertThat(i.inspectionDistricts()).containsExactly(a.getId());
    }

    private List<String> todoKeys(User u) {
        return todoSources.stream().flatMap(s -> s.waitingFor(Fixtures.details(u).scope()).stream())
                .map(TodoItem::key).toList();
    }

    @Test
    void headsOfTheDistrictFindWhatToAssessAndTheInitialReportDue() {
        String assess = "risk-information:" + item.getId() + ":assess";
        String report = "incident:" + incident.getId() + ":initial-report";
        assertThat(todoKeys(headA)).contains(assess, report);
        assertThat(todoKeys(strangers.get(0))).doesNotContain(assess, report);
        assertThat(todoKeys(fixtures.user(Role.INSPECTOR, a.getId()))).doesNotContain(assess, report);
    }
}
