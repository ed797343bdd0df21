package org.zhijian.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhijian.draw.domain.DrawPublished;
import org.zhijian.system.time.WorkingDayCalendar;

class InspectionScheduleTests {

    /** 2026: National Day holidays 1-8 October, with make-up working days on Sunday 27 September and Saturday 10 October. */
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8)),
            List.of(LocalDate.of(2026, 10, 10)), List.of(2026));

    @Test
    void aPublishedDrawMakesOneTaskPerEntryWithTheDrawnInspectorsDueInWorkingDays() {
        DrawPublished draw = new DrawPublished(7L, "2026 Q4", LocalDate.of(2026, 9, 28), List.of(
                new DrawPublished.Entry(11L, List.of(3L, 4L)), new DrawPublished.Entry(12L, List.of(5L))));

        List<InspectionSchedule.PlannedTask> planned = InspectionSchedule.fromDraw(draw, calendar, 5);

        assertThat(planned).extracting(InspectionSchedule.PlannedTask::key)
                .containsExactly("draw:7:11", "draw:7:12");
        assertThat(planned.get(0).officers()).containsExactly(3L, 4L);
        assertThat(planned.get(1).officers()).containsExactly(5L);
        // 29, 30 Sept, then the holidays to 8 Oct: 9 and 10 (make-up Saturday) and Monday 12 October
        assertThat(planned).allSatisfy(p -> assertThat(p.dueOn()).isEqualTo(LocalDate.of(2026, 10, 12)));
    }

    @Test
    void theDueListMakesNoTaskTwiceForAPeriodNorBesideAnOpenTask() {
        YearMonth period = YearMonth.of(2026, 11);
        LocalDate today = LocalDate.of(2026, 11, 10);
        List<InspectionSchedule.Due> due = List.of(
                new InspectionSchedule.Due(1L, LocalDate.of(2026, 11, 20)),
                new InspectionSchedule.Due(2L, LocalDate.of(2026, 10, 1)),
                new InspectionSchedule.Due(3L, LocalDate.of(2026, 11, 25)),
                new InspectionSchedule.Due(4L, LocalDate.of(2026, 11, 26)),
                new InspectionSchedule.Due(5L, LocalDate.of(2026, 12, 3)));

        List<InspectionSchedule.PlannedTask> planned = InspectionSchedule.fromDueList(period, due,
                Set.of("due:2026-11:3"), Set.of(4L), today);

        assertThat(planned).extracting(InspectionSchedule.PlannedTask::enterpriseId).containsExactly(1L, 2L);
        assertThat(planned.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(planned.get(1).dueOn()).as("already late: due today, not in the past").isEqualTo(today);
        assertThat(planned.get(0).officers()).isEmpty();
    }

    @Test
    void generatingTheSamePeriodAgainMakesNothingNew() {
        YearMonth period = YearMonth.of(2026, 11);
        List<InspectionSchedule.Due> due = List.of(new InspectionSchedule.Due(1L, LocalDate.of(2026, 11, 20)));
        List<InspectionSchedule.PlannedTask> first = InspectionSchedule.fromDueList(period, due, Set.of(), Set.of(),
                LocalDate.of(2026, 11, 1));
        Set<String> made = Set.of(first.get(0).key());

        assertThat(InspectionSchedule.fromDueList(period, due, made, Set.of(), LocalDate.of(2026, 11, 1))).isEmpty();
    }

    @Test
    void anOpenTaskPastItsDueDateIsOverdueAFinishedOneNever() {
        LocalDate due = LocalDate.of(2026, 11, 10);
        assertThat(InspectionSchedule.overdue(TaskStatus.ASSIGNED, due, due)).isFalse();
        assertThat(InspectionSchedule.overdue(TaskStatus.ASSIGNED, due, due.plusDays(1))).isTrue();
        assertThat(InspectionSchedule.overdue(TaskStatus.PENDING, due, due.plusDays(1))).isTrue();
        assertThat(InspectionSchedule.overdue(TaskStatus.IN_PROGRESS, due, due.plusDays(1))).isTrue();
        assertThat(InspectionSchedule.overdue(TaskStatus.DONE, due, due.plusDays(30))).isFalse();
        assertThat(InspectionSchedule.overdue(TaskStatus.CANCELLED, due, due.plusDays(30))).isFalse();
    }

    @Test
    void aRandomInspectionsResultIsDueForPublicationWithinTwentyWorkingDays() {
        LocalDate inspected = LocalDate.of(2026, 9, 28);
        LocalDate last = InspectionSchedule.publishBy(inspected, calendar);
        // 29, 30 Sept; 9, 10 (make-up), 12-16, 19-23, 26-30 Oct, 2 Nov = 20 working days
        assertThat(last).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(calendar.between(inspected, last)).isEqualTo(20);

        assertThat(InspectionSchedule.publicationLate(last, null, last)).isFalse();
        assertThat(InspectionSchedule.publicationLate(last, null, last.plusDays(1))).isTrue();
        assertThat(InspectionSchedule.publicationLate(last, last, last.plusDays(40))).isFalse();
        assertThat(InspectionSchedule.publicationLate(last, last.plusDays(1), last.plusDays(1))).isTrue();
        assertThat(InspectionSchedule.publicationLate(null, null, last.plusDays(100)))
                .as("not a random inspection: nothing to publish").isFalse();
    }

    @Test
    void aTaskMovesOnlyAlongItsLifecycle() {
        assertThat(TaskStatus.PENDING.next()).containsExactlyInAnyOrder(TaskStatus.ASSIGNED, TaskStatus.CANCELLED);
        assertThat(TaskStatus.DONE.next()).isEmpty();
        assertThat(TaskStatus.CANCELLED.next()).isEmpty();
        assertThat(TaskStatus.ASSIGNED.isRecordable()).isTrue();
        assertThat(TaskStatus.PENDING.isRecordable()).isFalse();
    }
}
