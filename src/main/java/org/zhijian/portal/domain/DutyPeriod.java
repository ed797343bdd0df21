package org.zhijian.portal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The periods of the two regulations' records (两个规定): 日管控 each working day, 周排查 each week
 * (Monday to Sunday), 月调度 each month. Also the frequency of an own risk point's checks.
 */
public enum DutyPeriod {
    DAILY, WEEKLY, MONTHLY;

    /** The first day of the period that contains this day. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
        };
    }

    /**
     * The start of the last period that has ended by today, whose record is therefore due: the last
     * working day before today, last week, last month.
     */
    public LocalDate lastDueStart(LocalDate today, WorkingDayCalendar calendar) {
        return switch (this) {
            case DAILY -> {
                LocalDate d = today.minusDays(1);
                while (!calendar.isWorkingDay(d)) {
                    d = d.minusDays(1);
                }
                yield d;
            }
            case WEEKLY -> start(today).minusWeeks(1);
            case MONTHLY -> start(today).minusMonths(1);
        };
    }

    public String messageCode() {
        return "portal.duty." + name();
    }
}
