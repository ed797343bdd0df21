package org.zhijian.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;

/** The rules the task, checklist and record keep themselves, without Spring. */
class InspectionRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private final Enterprise enterprise = new Enterprise(new EnterpriseDetails("台州市椒江明达电缆有限公司",
            org.zhijian.support.Fixtures.uniqueCreditCode(), 1L, Industry.WIRE_CABLE,
            EnterpriseStatus.ACTIVE, "椒江区工人路1号", "王建国", "0576-88888888", LocalDate.of(2010, 1, 1)),
            "test", NOW);

    private InspectionTask task(LocalDate due) {
        return new InspectionTask(TaskSource.DUE_LIST, "due:2026-11:1", null, null, "日常检查", enterprise, due, "a", NOW);
    }

    @Test
    void aTaskNeedsTwoDistinctOfficersAndMovesOnlyForward() {
        InspectionTask t = task(TODAY.plusDays(3));
        assertThat(t.getStatus()).isEqualTo(TaskStatus.PENDING);
        assertThatThrownBy(() -> t.assign(List.of(7L, 7L), "a", NOW)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageCode", "inspection.task.officers.tooFew");
        assertThatThrownBy(() -> t.start("a", NOW)).as("no start before officers")
                .isInstanceOf(BusinessRuleException.class);
        t.assign(List.of(7L, 8L), "a", NOW);
        assertThat(t.officers()).containsExactly(7L, 8L);
        t.start("a", NOW);
        t.done("a", NOW);
        assertThat(t.getStatus()).isEqualTo(TaskStatus.DONE);
        assertThatThrownBy(() -> t.cancel("不需要了", "a", NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(t.isOverdue(TODAY.plusDays(30))).as("done is never overdue").isFalse();
    }

    @Test
    void aCancelledTaskKeepsItsReasonAndAnOpenOneIsOverdueAfterItsDay() {
        InspectionTask t = task(TODAY);
        assertThat(t.isOverdue(TODAY)).isFalse();
        assertThat(t.isOverdue(TODAY.plusDays(1))).isTrue();
        assertThatThrownBy(() -> t.cancel("  ", "a", NOW)).isInstanceOf(BusinessRuleException.class);
        t.cancel("企业已注销", "a", NOW);
        assertThat(t.getCancelReason()).isEqualTo("企业已注销");
        assertThat(t.isOverdue(TODAY.plusDays(1))).isFalse();
    }

    @Test
    void aRevisionIsANewChecklistAndTheOldOneStopsBeingCurrent() {
        Checklist first = new Checklist("GEN", 1, "通用清单", null, ChecklistService.parseItems("""
                证照齐全有效
                *配备质量安全员
                *有日管控记录
                """), "admin", NOW);
        assertThat(first.getItems()).extracting(ChecklistItem::isTwoRegulations).containsExactly(false, true, true);
        assertThat(first.getItems().get(1).getText()).isEqualTo("配备质量安全员");

        Checklist second = first.revise("通用清单", ChecklistService.parseItems("证照齐全有效\n*有周排查报告"), "admin", NOW);

        assertThat(second.getRevision()).isEqualTo(2);
        assertThat(second.getCode()).isEqualTo("GEN");
        assertThat(second.isCurrentRevision()).isTrue();
        assertThat(first.isCurrentRevision()).isFalse();
        assertThat(first.getItems()).hasSize(3);
        assertThatThrownBy(() -> new Checklist("X", 1, "空", null, List.of(), "admin", NOW))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aRecordCopiesItsItemsAndWantsANoteForWhatDoesNotConform() {
        Checklist checklist = new Checklist("GEN", 1, "通用清单", null, List.of(new ChecklistItem("证照齐全有效", false),
                new ChecklistItem("配备质量安全员", true)), "admin", NOW);
        InspectionTask t = task(TODAY);
        RecordDetails noNote = new RecordDetails(TODAY, "车间", List.of(ItemAnswer.CONFORM, ItemAnswer.NOT_CONFORM),
                Arrays.asList(null, " "), ResultCategory.ORDERED_TO_CORRECT, null, "王建国", true, null);
        assertThatThrownBy(() -> new InspectionRecord(t, checklist, noNote, "甲、乙", null, "a", NOW))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("field", "notes[1]");
        RecordDetails tooFew = new RecordDetails(TODAY, "车间", List.of(ItemAnswer.CONFORM), null,
                ResultCategory.NO_PROBLEM, null, "王建国", true, null);
        assertThatThrownBy(() -> new InspectionRecord(t, checklist, tooFew, "甲、乙", null, "a", NOW))
                .isInstanceOf(BusinessRuleException.class);

        RecordDetails ok = new RecordDetails(TODAY, "车间", List.of(ItemAnswer.CONFORM, ItemAnswer.NOT_CONFORM),
                Arrays.asList(null, "未任命"), ResultCategory.ORDERED_TO_CORRECT, null, "王建国", false, null);
        InspectionRecord r = new InspectionRecord(t, checklist, ok, "甲、乙", TODAY.plusDays(28), "a", NOW);
        assertThat(r.getAnswers()).extracting(InspectionAnswer::getItemText).containsExactly("证照齐全有效", "配备质量安全员");
        assertThat(r.getAnswers().get(1).isOpenFinding()).isTrue();
        assertThat(r.getAnswers().get(0).isOpenFinding()).isFalse();
        r.getAnswers().get(1).hazardOpened(42L);
        assertThatThrownBy(() -> r.getAnswers().get(1).clueSent("a", NOW)).as("one follow-up per finding")
                .isInstanceOf(BusinessRuleException.class);
        assertThat(r.isRepresentativeSigned()).isFalse();
        assertThat(r.isPublicationLate(TODAY.plusDays(29))).isTrue();
        r.publish(TODAY, "head", NOW);
        assertThat(r.isPublicationLate(TODAY.plusDays(60))).isFalse();
        assertThatThrownBy(() -> r.publish(TODAY, "head", NOW)).isInstanceOf(BusinessRuleException.class);
    }
}
