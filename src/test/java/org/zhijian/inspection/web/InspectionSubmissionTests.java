package org.zhijian.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.inspection.domain.ChecklistItem;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.inspection.domain.InspectionRecordService;
import org.zhijian.inspection.domain.InspectionTask;
import org.zhijian.inspection.domain.InspectionTaskService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * An inspection record form sent twice with its submission key (an offline draft sent after a lost
 * answer) makes one record and leads to it both times; another form for the done task is refused.
 */
class InspectionSubmissionTests extends PostgresIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InspectionTaskService tasks;
    @Autowired
    InspectionRecordService records;
    @Autowired
    ChecklistService checklists;

    @Test
    void theSameRecordFormSentTwiceMakesOneRecordAndLeadsToIt() throws Exception {
        Long districtId = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(districtId);
        User inspector = fixtures.user(Role.INSPECTOR, districtId);
        User partner = fixtures.user(Role.INSPECTOR, districtId);
        User head = fixtures.user(Role.HEAD, districtId);
        fixtures.as(Fixtures.details(fixtures.user(Role.ADMIN, null)), () -> checklists.create("KEY-" + Fixtures.next(),
                "通用检查事项清单", null, List.of(new ChecklistItem("证照齐全有效", false))));
        Long taskId = tasks.dispatch("key:" + Fixtures.next(), "专项检查", List.of(enterprise.getId()),
                tasks.today().plusDays(5)).get(0);
        InspectionTask task = fixtures.as(Fixtures.details(head), () -> tasks.get(taskId));
        fixtures.as(Fixtures.details(head), () -> tasks.assign(taskId, task.getVersion(),
                List.of(inspector.getId(), partner.getId())));
        ZhijianUserDetails officer = Fixtures.details(inspector);
        int items = fixtures.as(officer, () -> records.checklistFor(task).getItems().size());
        String token = UUID.randomUUID().toString();

        String first = mvc.perform(form(taskId, items, officer, token)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(form(taskId, items, officer, token)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(first).matches("/inspection/records/\\d+");
        assertThat(second).as("the repeat answers the record already made").isEqualTo(first);
        assertThat(count(taskId)).isEqualTo(1);
        mvc.perform(form(taskId, items, officer, UUID.randomUUID().toString())).andExpect(status().isBadRequest());
        assertThat(count(taskId)).as("another form for the done task is refused").isEqualTo(1);
    }

    private int count(Long taskId) {
        return jdbc.queryForObject("select count(*) from inspection_record where task_id = ?", Integer.class, taskId);
    }

    private MockHttpServletRequestBuilder form(Long taskId, int items, ZhijianUserDetails u, String token) {
        MockHttpServletRequestBuilder b = post("/inspection/tasks/{id}/record", taskId).with(user(u)).with(csrf())
                .param("submissionToken", token).param("inspectedOn", tasks.today().toString())
                .param("place", "生产车间").param("resultCategory", "NO_PROBLEM")
                .param("representativeName", "王建国").param("representativeSigned", "true");
        for (int i = 0; i < items; i++) {
            b = b.param("answers[" + i + "]", "CONFORM").param("followUps[" + i + "]", "NONE");
        }
        return b;
    }
}
