package org.zhijian.system.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class WorkingDayCalendarTests {

    private final WorkingDayCalendar shipped =
            WorkingDayCalendar.load(new ClassPathResource("calendar/cn-holidays.properties"));

    @Test
    void weekendsRestAndTheDayOfReceiptDoesNotCount() {
        WorkingDayCalendar weekends = WorkingDayCalendar.weekendsOnly();
        // Friday 2026-11-20: four full weeks of working days later is Friday 2026-12-18
        assertThat(weekends.after(LocalDate.of(2026, 11, 20), 20)).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(weekends.after(LocalDate.of(2026, 11, 21), 1))
                .as("from a Saturday the next working day is Monday").isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(weekends.after(LocalDate.of(2026, 11, 20), 0)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() -> weekends.after(LocalDate.of(2026, 11, 20), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedYearKnowsItsHolidaysAndMakeUpDays() {
        assertThat(shipped.knows(2026)).isTrue();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day").isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 10, 7))).as("last day of the Golden Week").isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday make-up day").isTrue();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Spring Festival Monday").isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday make-up day").isTrue();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 11, 30))).as("an ordinary Monday").isTrue();
        assertThat(shipped.isWorkingDay(LocalDate.of(2026, 11, 29))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void fifteenWorkingDaysAcrossTheGoldenWeek() {
        // received Monday 2026-09-28: 29, 30 Sep, then 1-7 Oct rest, Sat 10 Oct works
        // 29, 30, 8, 9, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23 Oct
        assertThat(shipped.after(LocalDate.of(2026, 9, 28), 15)).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(shipped.between(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 23))).isEqualTo(15);
        assertThat(shipped.between(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 22))).isEqualTo(14);
        assertThat(shipped.between(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 28))).isZero();
    }

    @Test
    void aYearNotListedRestsOnlyAtWeekends() {
        assertThat(shipped.knows(2031)).isFalse();
        assertThat(shipped.isWorkingDay(LocalDate.of(2031, 10, 1))).isTrue();
    }
}
