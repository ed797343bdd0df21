package org.zhijian.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.draw.domain.DrawRequest;
import org.zhijian.draw.domain.DrawService;
import org.zhijian.draw.domain.RandomDraw;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.Role;
import org.zhijian.system.time.WorkingDayCalendar;

/** On PostgreSQL: a published draw's tasks, their records with a hazard and a clue, publication, corrections. */
@RecordApplicationEvents
class InspectionIntegrationTests extends PostgresIntegrationTests {

    @Autowired DrawService draws;
    @Autowired InspectionTaskService tasks;
    @Autowired InspectionRecordService records;
    @Autowired ChecklistService checklists;
    @Autowired HazardService hazards;
    @Autowired WorkingDayCalendar calendar;
    @Autowired ApplicationEvents events;
    @Autowired MockMvc mvc;

    District district;
    District other;
    List<Enterprise> enterprises = new ArrayList<>();
    List<User> inspectors = new ArrayList<>();
    User head;
    User otherHead;
    User admin;
    Checklist checklist;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        other = fixtures.district();
        for (int i = 0; i < 3; i++) {
            enterprises.add(fixtures.enterprise(district.getId()));
        }
        for (int i = 0; i < 3; i++) {
            inspectors.add(fixtures.user(Role.INSPECTOR, district.getId()));
        }
        head = fixtures.user(Role.HEAD, district.getId());
        otherHead = fixtures.user(Role.HEAD, other.getId());
        admin = fixtures.user(Role.ADMIN, null);
        checklist = fixtures.as(Fixtures.details(admin), () -> checklists.create("IT-" + Fixtures.next(),
                "通用检查事项清单", null, List.of(new ChecklistItem("证照齐全有效", false),
                        new ChecklistItem("配备质量安全员", true), new ChecklistItem("有日管控记录", true))));
    }

    private <T> T as(User u, java.util.function.Supplier<T> work) {
        return fixtures.as(Fixtures.details(u), work);
    }

    private User inspector(Long id) {
        return inspectors.stream().filter(u -> u.getId().equals(id)).findFirst().orElseThrow();
    }

    private List<InspectionTask> publishedDrawTasks() {
        RandomDraw d = as(head, () -> draws.draw(new DrawRequest("双随机抽查", null, null, null, null, 3, 2, 42L)));
        as(head, () -> draws.publish(d.getId()));
        return as(head, () -> tasks.ofDraw(d.getId()));
    }

    private RecordDetails details(ItemAnswer second, RecordDetails.FollowUp secondFollowUp, ItemAnswer third,
                                  RecordDetails.FollowUp thirdFollowUp, ResultCategory result) {
        return new RecordDetails(tasks.today(), "生产车间", List.of(ItemAnswer.CONFORM, second, third),
                java.util.Arrays.asList(null, "未任命质量安全员", "十月无日管控记录"), result, "现场检查",
                "王建国", true, List.of(RecordDetails.FollowUp.NONE, secondFollowUp, thirdFollowUp));
    }

    @Test
    void aPublishedDrawBecomesTasksWhoseRecordsOpenAHazardAndAClueAndArePublished() throws Exception {
        List<InspectionTask> made = publishedDrawTasks();
        assertThat(made).hasSize(3).allSatisfy(t -> {
            assertThat(t.getSource()).isEqualTo(TaskSource.DRAW);
            assertThat(t.getStatus()).isEqualTo(TaskStatus.ASSIGNED);
            assertThat(t.officers()).hasSize(2);
            assertThat(t.getDueOn()).isEqualTo(calendar.after(tasks.today(), 15));
        });
        InspectionTask task = made.get(0);
        User officer = inspector(task.officers().get(0));

        InspectionRecord r = as(officer, () -> records.submit(task.getId(), checklist.getId(),
                details(ItemAnswer.NOT_CONFORM, RecordDetails.FollowUp.HAZARD, ItemAnswer.NOT_CONFORM,
                        RecordDetails.FollowUp.CLUE, ResultCategory.ORDERED_TO_CORRECT)));

        InspectionRecord saved = as(officer, () -> records.get(r.getId()));
        assertThat(saved.getAnswers()).extracting(InspectionAnswer::getAnswer)
                .containsExactly(ItemAnswer.CONFORM, ItemAnswer.NOT_CONFORM, ItemAnswer.NOT_CONFORM);
        InspectionAnswer withHazard = saved.getAnswers().get(1);
        assertThat(withHazard.getHazardId()).isNotNull();
        Hazard hazard = as(officer, () -> hazards.get(withHazard.getHazardId()));
        assertThat(hazard.getEnterprise().getId()).isEqualTo(task.getEnterprise().getId());
        assertThat(hazard.getDescription()).contains("配备质量安全员").contains("未任命质量安全员");
        assertThat(saved.getAnswers().get(2).getClueSentAt()).isNotNull();
        assertThat(events.stream(FindingRaised.class)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo(r.getId());
            assertThat(f.enterpriseId()).isEqualTo(task.getEnterprise().getId());
            assertThat(f.districtId()).isEqualTo(district.getId());
            assertThat(f.finding()).isEqualTo("十月无日管控记录");
        });
        assertThat(events.stream(InspectionSubmitted.class)).singleElement()
                .satisfies(s -> assertThat(s.resultCategory()).isEqualTo("ORDERED_TO_CORRECT"));
        assertThat(as(head, () -> tasks.get(task.getId())).getStatus()).isEqualTo(TaskStatus.DONE);
        assertThat(saved.getPublishBy()).isEqualTo(calendar.after(tasks.today(), 20));
        assertThatThrownBy(() -> as(officer, () -> records.submit(task.getId(), checklist.getId(),
                details(ItemAnswer.CONFORM, RecordDetails.FollowUp.NONE, ItemAnswer.CONFORM,
                        RecordDetails.FollowUp.NONE, ResultCategory.NO_PROBLEM))))
                .as("the record is final: a done task takes no second record").isInstanceOf(BusinessRuleException.class);

        String name = task.getEnterprise().getName();
        mvc.perform(get("/public/inspections")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        as(head, () -> records.publish(r.getId(), as(head, () -> records.get(r.getId())).getVersion()));
        mvc.perform(get("/public/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("发现问题已责令改正")))
                .andExpect(content().string(containsString("双随机抽查")))
                .andExpect(content().string(not(containsString("未任命质量安全员"))))
                .andExpect(content().string(not(containsString("现场检查"))));

        InspectionRecord correction = as(officer, () -> records.correct(r.getId(), "结论笔误", checklist.getId(),
                details(ItemAnswer.NOT_CONFORM, RecordDetails.FollowUp.NONE, ItemAnswer.CONFORM,
                        RecordDetails.FollowUp.NONE, ResultCategory.PENDING_FOLLOW_UP)));
        assertThat(correction.getCorrectsId()).isEqualTo(r.getId());
        InspectionRecord original = as(head, () -> records.get(r.getId()));
        assertThat(original.getResultCategory()).as("the original is never changed")
                .isEqualTo(ResultCategory.ORDERED_TO_CORRECT);
        assertThat(as(head, () -> records.correctionsOf(r.getId()))).extracting(InspectionRecord::getId)
                .containsExactly(correction.getId());
    }

    @Test
    void officersAreAtLeastTwoAndNeverOneWithAConflict() {
        List<Long> ids = as(admin, () -> tasks.dispatch("test:" + Fixtures.next(), "专项检查",
                List.of(enterprises.get(0).getId()), tasks.today().plusDays(10)));
        InspectionTask t = as(head, () -> tasks.get(ids.get(0)));
        assertThat(t.getStatus()).isEqualTo(TaskStatus.PENDING);
        assertThatThrownBy(() -> as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                List.of(inspectors.get(0).getId())))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageCode", "inspection.task.officers.tooFew");
        as(head, () -> draws.recordConflict(inspectors.get(1).getId(), enterprises.get(0).getId(), "近亲属在该企业任职"));
        assertThatThrownBy(() -> as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                List.of(inspectors.get(0).getId(), inspectors.get(1).getId())))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageCode", "inspection.task.officers.conflict");
        User otherInspector = fixtures.user(Role.INSPECTOR, other.getId());
        assertThatThrownBy(() -> as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                List.of(inspectors.get(0).getId(), otherInspector.getId())))).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageCode", "inspection.task.officers.notInspector");

        InspectionTask assigned = as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                List.of(inspectors.get(0).getId(), inspectors.get(2).getId())));
        assertThat(assigned.getStatus()).isEqualTo(TaskStatus.ASSIGNED);
        assertThatThrownBy(() -> as(head, () -> tasks.cancel(t.getId(), assigned.getVersion(), " ")))
                .isInstanceOf(BusinessRuleException.class);
        InspectionTask cancelled = as(head, () -> tasks.cancel(t.getId(), assigned.getVersion(), "企业已停产"));
        assertThat(cancelled.getStatus()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("企业已停产");
    }

    @Test
    void specialInspectionsAreDispatchedOnceAndFollowedPerDistrict() {
        Enterprise elsewhere = fixtures.enterprise(other.getId());
        String reference = "incident:" + Fixtures.next();
        List<Long> enterpriseIds = List.of(enterprises.get(0).getId(), elsewhere.getId(), enterprises.get(1).getId());
        LocalDate due = tasks.today().plusDays(7);

        List<Long> first = tasks.dispatch(reference, "专项检查", enterpriseIds, due);
        List<Long> again = tasks.dispatch(reference, "专项检查", enterpriseIds, due);

        assertThat(first).hasSize(3).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(again).as("repeating the call makes no second task").containsExactlyElementsOf(first);
        assertThat(tasks.progress(reference)).containsExactlyInAnyOrder(
                new SpecialInspections.DistrictProgress(district.getId(), 2, 0, 0),
                new SpecialInspections.DistrictProgress(other.getId(), 1, 0, 0));

        InspectionTask t = as(head, () -> tasks.get(first.get(0)));
        as(head, () -> tasks.assign(t.getId(), t.getVersion(),
                List.of(inspectors.get(0).getId(), inspectors.get(1).getId())));
        as(inspectors.get(0), () -> records.submit(t.getId(), checklist.getId(), details(ItemAnswer.CONFORM,
                RecordDetails.FollowUp.NONE, ItemAnswer.NOT_APPLICABLE, RecordDetails.FollowUp.NONE,
                ResultCategory.NO_PROBLEM)));
        assertThat(tasks.progress(reference)).contains(new SpecialInspections.DistrictProgress(district.getId(), 2, 1, 0));

        String late = "incident:" + Fixtures.next();
        tasks.dispatch(late, "专项检查", List.of(elsewhere.getId()), tasks.today().minusDays(1));
        assertThat(tasks.progress(late)).singleElement().satisfies(p -> {
            assertThat(p.overdue()).isEqualTo(1);
            assertThat(p.finished()).isFalse();
        });
        assertThat(as(head, () -> records.published(500)))
                .as("a special inspection's result is not a random one: never published")
                .noneMatch(r -> r.getTask().getId().equals(t.getId()));
    }

    @Test
    void anotherDistrictsTasksAndRecordsAreRefusedByServicePageAndApi() throws Exception {
        InspectionTask task = publishedDrawTasks().get(0);
        User officer = inspector(task.officers().get(0));
        InspectionRecord r = as(officer, () -> records.submit(task.getId(), checklist.getId(),
                details(ItemAnswer.CONFORM, RecordDetails.FollowUp.NONE, ItemAnswer.CONFORM,
                        RecordDetails.FollowUp.NONE, ResultCategory.NO_PROBLEM)));

        assertThatThrownBy(() -> as(otherHead, () -> tasks.get(task.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(otherHead, () -> records.get(r.getId()))).isInstanceOf(NotFoundException.class);
        var stranger = user(Fixtures.details(otherHead));
        mvc.perform(get("/inspection/tasks/{id}", task.getId()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/inspection/records/{id}", r.getId()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspection-tasks/{id}", task.getId()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspection-records/{id}", r.getId()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/inspection-tasks").param("districtId", String.valueOf(district.getId())).with(stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(task.getEnterprise().getName()))));
        mvc.perform(get("/inspection/records").with(stranger)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(task.getEnterprise().getName()))));

        var own = user(Fixtures.details(head));
        mvc.perform(get("/inspection/tasks/{id}", task.getId()).with(own)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/inspection-records/{id}", r.getId()).with(own)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"resultCategory\":\"NO_PROBLEM\"")));
        mvc.perform(get("/api/v1/checklists").with(own)).andExpect(status().isOk())
                .andExpect(content().string(containsString(checklist.getCode())));
    }

    @Test
    void aNewChecklistRevisionLeavesEarlierRecordsAsTheyWere() {
        InspectionTask task = publishedDrawTasks().get(0);
        User officer = inspector(task.officers().get(0));
        InspectionRecord r = as(officer, () -> records.submit(task.getId(), checklist.getId(),
                details(ItemAnswer.CONFORM, RecordDetails.FollowUp.NONE, ItemAnswer.CONFORM,
                        RecordDetails.FollowUp.NONE, ResultCategory.NO_PROBLEM)));
        Checklist next = as(admin, () -> checklists.revise(checklist.getId(), checklist.getVersion(), "通用检查事项清单",
                List.of(new ChecklistItem("证照齐全有效(含分支机构)", false))));

        assertThat(next.getRevision()).isEqualTo(2);
        assertThat(checklists.get(checklist.getId()).isCurrentRevision()).isFalse();
        InspectionRecord again = as(head, () -> records.get(r.getId()));
        assertThat(again.getChecklist().getId()).isEqualTo(checklist.getId());
        assertThat(again.getAnswers()).extracting(InspectionAnswer::getItemText)
                .containsExactly("证照齐全有效", "配备质量安全员", "有日管控记录");
        assertThat(Collections.frequency(again.getAnswers().stream().map(InspectionAnswer::isTwoRegulations).toList(),
                true)).isEqualTo(2);
    }
}
