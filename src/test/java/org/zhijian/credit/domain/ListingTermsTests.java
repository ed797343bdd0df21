package org.zhijian.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhijian.system.time.WorkingDayCalendar;

/** The one- and three-year edges of a listing, leap day included, and the working-day deadlines. */
class ListingTermsTests {

    private final ListingTerms terms = new ListingTerms(WorkingDayCalendar.weekendsOnly(), new CreditRules());

    @Test
    void removalMayBeAppliedForTheDayAfterTheFirstYearHasRun() {
        LocalDate decided = LocalDate.of(2026, 3, 10);
        assertThat(ListingTerms.removalFrom(decided)).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(ListingTerms.removalOpen(decided, LocalDate.of(2027, 3, 10))).isFalse();
        assertThat(ListingTerms.removalOpen(decided, LocalDate.of(2027, 3, 11))).isTrue();
    }

    @Test
    void theListingExpiresTheDayAfterItsThirdYear() {
        LocalDate decided = LocalDate.of(2026, 3, 10);
        assertThat(ListingTerms.listedUntil(decided)).isEqualTo(LocalDate.of(2029, 3, 10));
        assertThat(ListingTerms.expired(decided, LocalDate.of(2029, 3, 10))).isFalse();
        assertThat(ListingTerms.expired(decided, LocalDate.of(2029, 3, 11))).isTrue();
    }

    @Test
    void aDecisionOnALeapDayRunsToTheLastDayOfFebruary() {
        LocalDate decided = LocalDate.of(2028, 2, 29);
        assertThat(ListingTerms.removalOpen(decided, LocalDate.of(2029, 2, 28))).isFalse();
        assertThat(ListingTerms.removalOpen(decided, LocalDate.of(2029, 3, 1))).isTrue();
        assertThat(ListingTerms.listedUntil(decided)).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(ListingTerms.expired(decided, LocalDate.of(2031, 2, 28))).isFalse();
        assertThat(ListingTerms.expired(decided, LocalDate.of(2031, 3, 1))).isTrue();
    }

    @Test
    void aYearEndingBeforeALeapDayOpensOnTheLeapDay() {
        LocalDate decided = LocalDate.of(2027, 2, 28);
        assertThat(ListingTerms.removalOpen(decided, LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(ListingTerms.removalOpen(decided, LocalDate.of(2028, 2, 29))).isTrue();
    }

    @Test
    void theStatementPeriodIsFiveWorkingDaysAndPublicationTwenty() {
        // Friday 2026-11-06: five working days later is Friday 2026-11-13
        assertThat(terms.statementBy(LocalDate.of(2026, 11, 6))).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(terms.publishBy(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
