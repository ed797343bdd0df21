package org.zhijian.credit.domain;

import java.time.LocalDate;
import org.zhijian.system.time.WorkingDayCalendar;

/**
 * The dates of a listing, computed in this one place. A listing is published for three years from
 * the decision and the enterprise may apply for early removal once one year has run. Periods in
 * years follow the Civil Code (民法典 arts. 201-203): they start the day after the decision and end
 * on the corresponding day of the last year, or on the last day of that month when it has no such
 * day (a decision of 29 February runs to 28 February); the next day the period has run.
 */
public final class ListingTerms {

    public static final int LISTING_YEARS = 3;
    public static final int REMOVAL_AFTER_YEARS = 1;

    private final WorkingDayCalendar calendar;
    private final CreditRules rules;

    public ListingTerms(WorkingDayCalendar calendar, CreditRules rules) {
        this.calendar = calendar;
        this.rules = rules;
    }

    /** The last day the enterprise is published on the list. */
    public static LocalDate listedUntil(LocalDate decidedOn) {
        return decidedOn.plusYears(LISTING_YEARS);
    }

    /** The day the listing expires and the enterprise leaves the list by itself. */
    public static LocalDate expiresOn(LocalDate decidedOn) {
        return listedUntil(decidedOn).plusDays(1);
    }

    /** The first day an early-removal application (信用修复) may be made. */
    public static LocalDate removalFrom(LocalDate decidedOn) {
        return decidedOn.plusYears(REMOVAL_AFTER_YEARS).plusDays(1);
    }

    public static boolean expired(LocalDate decidedOn, LocalDate today) {
        return !today.isBefore(expiresOn(decidedOn));
    }

    public static boolean removalOpen(LocalDate decidedOn, LocalDate today) {
        return !today.isBefore(removalFrom(decidedOn));
    }

    /** The last day for the enterprise's statement after the advance notice (陈述申辩). */
    public LocalDate statementBy(LocalDate notifiedOn) {
        return calendar.after(notifiedOn, rules.getStatementWorkingDays());
    }

    /** When the bureau's next step on this listing is due, or null when none waits. */
    public LocalDate dueOn(Listing l) {
        return switch (l.getStatus()) {
            case PROPOSED -> calendar.after(l.getProposedOn(), rules.getStepWorkingDays());
            case NOTIFIED -> calendar.after(l.getStatementBy(), rules.getStepWorkingDays());
            case REMOVAL_APPLIED -> calendar.after(l.getRemovalAppliedOn(), rules.getStepWorkingDays());
            case LISTED -> expiresOn(l.getDecidedOn());
            default -> null;
        };
    }

    public boolean overdue(Listing l, LocalDate today) {
        LocalDate due = dueOn(l);
        return l.getStatus().isPending() && due != null && due.isBefore(today);
    }

    /** The last day a penalty decision must be public by (行政处罚信息 20 个工作日内公示). */
    public LocalDate publishBy(LocalDate decidedOn) {
        return calendar.after(decidedOn, rules.getPublishWithinWorkingDays());
    }
}
