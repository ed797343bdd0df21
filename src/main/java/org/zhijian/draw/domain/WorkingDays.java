package org.zhijian.draw.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting working days (Monday to Friday; public holidays are not known to the system). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The day that is {@code days} working days after {@code from}. */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
