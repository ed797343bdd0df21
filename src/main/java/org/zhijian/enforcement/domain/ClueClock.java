package org.zhijian.enforcement.domain;

import java.time.LocalDate;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The verification clock of a clue (线索核查): 15 working days from receipt, once extendable by 15
 * more working days with the head's approval (市场监督管理行政处罚程序规定 第十八条).
 */
public final class ClueClock {

    public static final int VERIFY_WORKING_DAYS = 15;
    public static final int EXTENSION_WORKING_DAYS = 15;

    private final WorkingDayCalendar calendar;

    public ClueClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day to decide on a clue received on {@code receivedOn} (the day of receipt does not count). */
    public LocalDate verifyBy(LocalDate receivedOn) {
        return calendar.after(receivedOn, VERIFY_WORKING_DAYS);
    }

    /** The deadline once extended: 15 working days after the original one. */
    public LocalDate extended(LocalDate verifyBy) {
        return calendar.after(verifyBy, EXTENSION_WORKING_DAYS);
    }
}
