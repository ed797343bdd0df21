package org.zhijian.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/** The inspection pages and API over MockMvc: forms bind, exports download, the API submits and refuses. */
class InspectionPagesTests extends PostgresIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired InspectionTaskService tasks;
    @Autowired ChecklistService checklists;
    @Autowired List<TodoSource> todoSources;
    @Autowired org.zhijian.inspection.domain.InspectionRecordService records;

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    Long districtId;
    Enterprise enterprise;
    User inspector;
    User partner;
    User head;
    Checklist checklist;
    InspectionTask task;

    @BeforeEach
    void setUp() {
        districtId = fixtures.district().getId();
        enterprise = fixtures.enterprise(districtId);
        inspector = fixtures.user(Role.INSPECTOR, districtId);
        partner = fixtures.user(Role.INSPECTOR, districtId);
        head = fixtures.user(Role.HEAD, districtId);
        User admin = fixtures.user(Role.ADMIN, null);
        checklist = fixtures.as(Fixtures.details(admin), () -> checklists.create("PG-" + Fixtures.next(), "通用清单",
                null, List.of(new ChecklistItem("证照齐全有效", false), new ChecklistItem("配备质量安全员", true))));
        Long id = tasks.dispatch("pages:" + Fixtures.next(), "专项检查", List.of(enterprise.getId()),
                tasks.today().plusDays(3)).get(0);
        InspectionTask pending = fixtures.as(Fixtures.details(head), () -> tasks.get(id));
        task = fixtures.as(Fixtures.details(head), () -> tasks.assign(id, pending.getVersion(),
                List.of(inspector.getId(), partner.getId())));
    }

    @Test
    void theApiSubmitsARecordAndNamesWhatIsMissing() throws Exception {
        mvc.perform(post("/api/v1/inspection-records").with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"taskId\":%d,\"inspectedOn\":\"%s\",\"place\":\"车间\",\"answers\":[],"
                                .formatted(task.getId(), tasks.today()) + "\"representativeName\":\"王建国\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'answers')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'resultCategory')]").exists());

        mvc.perform(post("/api/v1/inspection-records").with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(("{\"taskId\":%d,\"checklistId\":%d,\"inspectedOn\":\"%s\",\"place\":\"车间\","
                                + "\"answers\":[{\"answer\":\"CONFORM\"},{\"answer\":\"NOT_CONFORM\",\"note\":\"无质量安全员\","
                                + "\"followUp\":\"HAZARD\"}],\"resultCategory\":\"ORDERED_TO_CORRECT\","
                                + "\"representativeName\":\"王建国\",\"representativeSigned\":false}")
                                .formatted(task.getId(), checklist.getId(), tasks.today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answers[1].hazardId").isNumber())
                .andExpect(jsonPath("$.representativeSigned").value(false))
                .andExpect(jsonPath("$.publishBy").doesNotExist());

        Long recordId = fixtures.as(Fixtures.details(head), () -> records.ofTask(task.getId())).get(0).getId();
        mvc.perform(multipart("/api/v1/inspection-records/{id}/photos", recordId)
                        .file(new MockMultipartFile("file", "site.png", "image/png", PNG))
                        .with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(PNG))));
        mvc.perform(multipart("/api/v1/inspection-records/{id}/photos", recordId)
                        .file(new MockMultipartFile("file", "site.png", "image/png", "not a picture".getBytes()))
                        .with(httpBasic(inspector.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
        mvc.perform(get("/api/v1/inspection-records/{id}/photos", recordId)
                        .with(httpBasic(head.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));

        mvc.perform(get("/api/v1/inspection-tasks/{id}", task.getId())
                        .with(httpBasic(head.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(get("/api/v1/inspection-tasks").param("status", "DONE")
                        .with(httpBasic(partner.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(enterprise.getName())));
    }

    @Test
    void theOfficersFindTheirTaskInTheirToDoListAndTheHeadNoLongerOnceAssigned() {
        List<TodoItem> officer = todoSources.stream()
                .flatMap(s -> s.waitingFor(Fixtures.details(inspector).scope()).stream()).toList();
        assertThat(officer).anySatisfy(i -> {
            assertThat(i.href()).isEqualTo("/inspection/tasks/" + task.getId());
            assertThat(i.kindCode()).isEqualTo("todo.inspection.inspect");
            assertThat(i.dueOn()).isEqualTo(task.getDueOn());
        });
        List<TodoItem> headItems = todoSources.stream()
                .flatMap(s -> s.waitingFor(Fixtures.details(head).scope()).stream()).toList();
        assertThat(headItems).noneMatch(i -> i.href().equals("/inspection/tasks/" + task.getId()));
    }

    @Test
    void formsBindAndListsExport() throws Exception {
        var asHead = user(Fixtures.details(head));
        mvc.perform(post("/inspection/tasks/generate").with(asHead).with(csrf())
                        .param("period", tasks.today().plusMonths(1).toString().substring(0, 7)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/inspection/tasks?source=DUE_LIST"));
        mvc.perform(post("/inspection/tasks/generate").with(asHead).with(csrf()).param("period", "2020-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为已过去的月份生成任务")));
        mvc.perform(post("/inspection/tasks/{id}/assign", task.getId()).with(asHead).with(csrf())
                        .param("version", String.valueOf(task.getVersion())).param("officerIds",
                                String.valueOf(inspector.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("执法人员不少于 2 人")));
        mvc.perform(get("/inspection/tasks/export.xlsx").with(asHead))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/inspection/records/export.xlsx").with(asHead))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/inspection/panel").with(asHead)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-district=\"" + districtId + "\"")));
        mvc.perform(get("/inspection/tasks/{id}/record", task.getId()).with(user(Fixtures.details(inspector))))
                .andExpect(status().isOk())
                // item 1 exists in whichever current checklist the task gets (other tests add general ones)
                .andExpect(content().string(containsString("answer-1-NOT_CONFORM")));
        mvc.perform(get("/inspection/tasks").param("lang", "en").with(asHead)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Inspection tasks")));
    }
}
