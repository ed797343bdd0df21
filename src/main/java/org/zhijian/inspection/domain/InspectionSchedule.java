package org.zhijian.inspection.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.zhijian.draw.domain.DrawPublished;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The dates and plans of inspections, computed here and nowhere else: which tasks a published draw
 * or a due-list period makes, when they fall due, when a task is overdue, and the 20-working-day
 * window for publishing a random inspection's result. Pure: tested without Spring.
 */
public final class InspectionSchedule {

    /** Results of random inspections are published within 20 working days (DOMAIN.md). */
    public static final int PUBLISH_WITHIN_WORKING_DAYS = 20;

    private InspectionSchedule() {
    }

    /** A task to make: its idempotency key, enterprise, officers (maybe fewer than two: then it waits) and due date. */
    public record PlannedTask(String key, Long enterpriseId, List<Long> officers, LocalDate dueOn) {
    }

    /** An enterprise on the class due list and the day its next inspection falls due. */
    public record Due(Long enterpriseId, LocalDate nextDueOn) {
    }

    /** One task per draw entry, due {@code workingDays} working days after publication, officers as drawn. */
    public static List<PlannedTask> fromDraw(DrawPublished draw, WorkingDayCalendar calendar, int workingDays) {
        LocalDate due = calendar.after(draw.publishedOn(), workingDays);
        return draw.entries().stream()
                .map(e -> new PlannedTask(InspectionTask.drawKey(draw.drawId(), e.enterpriseId()), e.enterpriseId(),
                        e.inspectorIds(), due))
                .toList();
    }

    /**
     * The tasks a due-list period adds: one per enterprise due by the end of the period, except those
     * already given a task for that period and those with a task still open (whatever its source).
     * Due on the class's date, never before today, never after the period's end.
     */
    public static List<PlannedTask> fromDueList(YearMonth period, Collection<Due> due, Set<String> existingKeys,
                                                Set<Long> withOpenTask, LocalDate today) {
        LocalDate end = period.atEndOfMonth();
        List<PlannedTask> planned = new ArrayList<>();
        for (Due d : due) {
            String key = InspectionTask.dueListKey(period, d.enterpriseId());
            if (d.nextDueOn() == null || d.nextDueOn().isAfter(end) || existingKeys.contains(key)
                    || withOpenTask.contains(d.enterpriseId())) {
                continue;
            }
            LocalDate on = d.nextDueOn().isBefore(today) ? today : d.nextDueOn();
            planned.add(new PlannedTask(key, d.enterpriseId(), List.of(), on.isAfter(end) ? end : on));
        }
        return planned;
    }

    /** Whether a task in this state is past its due date. */
    public static boolean overdue(TaskStatus status, LocalDate dueOn, LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    /** The last day to publish the result of a random inspection made on {@code inspectedOn}. */
    public static LocalDate publishBy(LocalDate inspectedOn, WorkingDayCalendar calendar) {
        return calendar.after(inspectedOn, PUBLISH_WITHIN_WORKING_DAYS);
    }

    /** Late: published after its last day, or still unpublished with the last day gone. */
    public static boolean publicationLate(LocalDate publishBy, LocalDate publishedOn, LocalDate today) {
        if (publishBy == null) {
            return false;
        }
        return publishedOn == null ? today.isAfter(publishBy) : publishedOn.isAfter(publishBy);
    }
}
