package org.zhijian.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.zhijian.system.time.WorkingDayCalendar;

/** Every statutory deadline of the enforcement procedure at its edges, with the shipped 2026 calendar. */
class EnforcementDeadlinesTests {

    static final WorkingDayCalendar CALENDAR =
            WorkingDayCalendar.load(new ClassPathResource("calendar/cn-holidays.properties"));
    final ClueClock clue = new ClueClock(CALENDAR);
    final PenaltyRules rules = PenaltyRules.defaults();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aClueIsVerifiedWithinFifteenWorkingDaysNotCountingTheDayOfReceipt() {
        assertThat(clue.verifyBy(d("2026-03-02"))).isEqualTo(d("2026-03-23"));
        // received on a Friday: the weekend does not count
        assertThat(clue.verifyBy(d("2026-03-06"))).isEqualTo(d("2026-03-27"));
        // received on a Saturday: the count starts on Monday
        assertThat(clue.verifyBy(d("2026-03-07"))).isEqualTo(d("2026-03-27"));
    }

    @Test
    void theClueClockSkipsTheNationalDayHolidayAndCountsItsMakeUpSaturday() {
        // 10.1-10.7 off, 10.10 (a Saturday) worked
        assertThat(clue.verifyBy(d("2026-09-30"))).isEqualTo(d("2026-10-27"));
    }

    @Test
    void theExtensionAddsFifteenWorkingDaysToTheDeadlineAcrossQingming() {
        assertThat(clue.extended(d("2026-03-23"))).isEqualTo(d("2026-04-14"));
    }

    @Test
    void aHearingIsRequestedWithinFiveWorkingDaysOfTheNotice() {
        assertThat(PenaltyRules.hearingRequestBy(CALENDAR, d("2026-03-02"))).isEqualTo(d("2026-03-09"));
        // notice just before Labour Day: 5.1-5.5 off, Saturday 5.9 worked
        assertThat(PenaltyRules.hearingRequestBy(CALENDAR, d("2026-04-30"))).isEqualTo(d("2026-05-11"));
    }

    @Test
    void theDecisionIsDueNinetyDaysAfterOpening() {
        assertThat(DecisionClock.due(d("2026-01-01"), 0, List.of(), d("2026-01-01"))).isEqualTo(d("2026-04-01"));
    }

    @Test
    void theApprovedExtensionAddsThirtyDays() {
        assertThat(DecisionClock.due(d("2026-01-01"), DecisionClock.EXTENSION_DAYS, List.of(), d("2026-01-01")))
                .isEqualTo(d("2026-05-01"));
        assertThatThrownBy(() -> DecisionClock.due(d("2026-01-01"), -1, List.of(), d("2026-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hearingTestingAndNoticeTimeDoNotCount() {
        var hearing = new DecisionClock.Pause(PauseKind.HEARING, d("2026-03-01"), d("2026-03-11"));
        assertThat(DecisionClock.due(d("2026-01-01"), 0, List.of(hearing), d("2026-06-01")))
                .isEqualTo(d("2026-04-11"));
        var testing = new DecisionClock.Pause(PauseKind.TESTING, d("2026-03-05"), d("2026-03-15"));
        // overlapping pauses count once: 3.1 to 3.15 is 14 days
        assertThat(DecisionClock.due(d("2026-01-01"), 0, List.of(hearing, testing), d("2026-06-01")))
                .isEqualTo(d("2026-04-15"));
        var notice = new DecisionClock.Pause(PauseKind.PUBLIC_NOTICE, d("2026-03-20"), d("2026-03-21"));
        assertThat(DecisionClock.due(d("2026-01-01"), 30, List.of(hearing, testing, notice), d("2026-06-01")))
                .isEqualTo(d("2026-05-16"));
    }

    @Test
    void aRunningPauseCountsUpToTodaySoTheCaseIsNotOverdueWhileItLasts() {
        var running = new DecisionClock.Pause(PauseKind.TESTING, d("2026-03-01"), null);
        assertThat(DecisionClock.due(d("2026-01-01"), 0, List.of(running), d("2026-03-20")))
                .isEqualTo(d("2026-04-20"));
        assertThat(DecisionClock.paused(List.of(running))).isTrue();
        assertThat(DecisionClock.paused(List.of())).isFalse();
    }

    @Test
    void aPauseBeforeTheOpeningOrOfNoLengthCountsNothing() {
        var before = new DecisionClock.Pause(PauseKind.TESTING, d("2025-12-20"), d("2026-01-05"));
        assertThat(DecisionClock.due(d("2026-01-01"), 0, List.of(before), d("2026-06-01")))
                .isEqualTo(d("2026-04-05"));
        var sameDay = new DecisionClock.Pause(PauseKind.HEARING, d("2026-02-01"), d("2026-02-01"));
        assertThat(DecisionClock.due(d("2026-01-01"), 0, List.of(sameDay), d("2026-06-01")))
                .isEqualTo(d("2026-04-01"));
    }

    @Test
    void theDecisionIsDeliveredWithinSevenDaysAndTheFinePaidWithinFifteen() {
        assertThat(PaymentTerms.deliverBy(d("2026-03-01"))).isEqualTo(d("2026-03-08"));
        assertThat(PaymentTerms.payBy(d("2026-03-01"))).isEqualTo(d("2026-03-16"));
    }

    @Test
    void lateFineAddsThreePercentADayCappedAtTheFine() {
        BigDecimal fine = new BigDecimal("1000");
        LocalDate due = d("2026-03-16");
        assertThat(PaymentTerms.surcharge(fine, due, d("2026-03-10"))).isEqualByComparingTo("0");
        assertThat(PaymentTerms.surcharge(fine, due, due)).isEqualByComparingTo("0");
        assertThat(PaymentTerms.surcharge(fine, due, d("2026-03-17"))).isEqualByComparingTo("30.00");
        assertThat(PaymentTerms.surcharge(fine, due, due.plusDays(33))).isEqualByComparingTo("990.00");
        assertThat(PaymentTerms.surcharge(fine, due, due.plusDays(34))).isEqualByComparingTo("1000.00");
        assertThat(PaymentTerms.surcharge(fine, due, due.plusDays(400))).isEqualByComparingTo("1000.00");
        assertThat(PaymentTerms.surcharge(new BigDecimal("333.33"), due, due.plusDays(1)))
                .isEqualByComparingTo("10.00");
        assertThat(PaymentTerms.surcharge(null, due, due.plusDays(5))).isEqualByComparingTo("0");
    }

    @Test
    void seriousPenaltiesAtTheirThresholds() {
        Set<PenaltyKind> fine = Set.of(PenaltyKind.FINE);
        assertThat(rules.isSerious(fine, new BigDecimal("10000"), PartyKind.PERSON)).isTrue();
        assertThat(rules.isSerious(fine, new BigDecimal("9999.99"), PartyKind.PERSON)).isFalse();
        assertThat(rules.isSerious(fine, new BigDecimal("100000"), PartyKind.ORGANISATION)).isTrue();
        assertThat(rules.isSerious(fine, new BigDecimal("99999.99"), PartyKind.ORGANISATION)).isFalse();
        assertThat(rules.isSerious(Set.of(PenaltyKind.LICENCE_REVOCATION), null, PartyKind.ORGANISATION)).isTrue();
        assertThat(rules.isSerious(Set.of(PenaltyKind.PRODUCTION_STOP), null, PartyKind.PERSON)).isTrue();
        assertThat(rules.isSerious(Set.of(PenaltyKind.WARNING, PenaltyKind.LICENCE_SUSPENSION), null,
                PartyKind.ORGANISATION)).isFalse();
    }

    @Test
    void theSimpleProcedureOnlyForAWarningOrASmallFine() {
        Set<PenaltyKind> fine = Set.of(PenaltyKind.FINE);
        assertThat(rules.allowsSimpleProcedure(fine, new BigDecimal("200"), PartyKind.PERSON)).isTrue();
        assertThat(rules.allowsSimpleProcedure(fine, new BigDecimal("200.01"), PartyKind.PERSON)).isFalse();
        assertThat(rules.allowsSimpleProcedure(fine, new BigDecimal("3000"), PartyKind.ORGANISATION)).isTrue();
        assertThat(rules.allowsSimpleProcedure(fine, new BigDecimal("3000.01"), PartyKind.ORGANISATION)).isFalse();
        assertThat(rules.allowsSimpleProcedure(fine, null, PartyKind.ORGANISATION)).isFalse();
        assertThat(rules.allowsSimpleProcedure(Set.of(PenaltyKind.WARNING), null, PartyKind.PERSON)).isTrue();
        assertThat(rules.allowsSimpleProcedure(Set.of(PenaltyKind.CONFISCATION), null, PartyKind.PERSON)).isFalse();
        assertThat(rules.allowsSimpleProcedure(Set.of(), null, PartyKind.PERSON)).isFalse();
    }
}
