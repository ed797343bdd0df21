package org.zhijian.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.time.WorkingDayCalendar;

/** The listing's lifecycle rules, without Spring. */
class ListingTests {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private final ListingTerms terms = new ListingTerms(WorkingDayCalendar.weekendsOnly(), new CreditRules());

    private Listing proposed() {
        Enterprise e = new Enterprise(new EnterpriseDetails("E", SocialCreditCode.parse("91330100799655058B"), 1L,
                Industry.values()[0], EnterpriseStatus.values()[0], null, null, null, null), "u", NOW);
        return new Listing(e, 7L, "serious", LocalDate.of(2026, 3, 2), "u", NOW);
    }

    private Listing listedOn(LocalDate decided) {
        Listing l = proposed();
        l.perform(ListingAction.NOTIFY, ListingInput.note(null), decided.minusDays(14), terms, "u", NOW);
        l.perform(ListingAction.LIST, ListingInput.note(null), decided, terms, "h", NOW);
        return l;
    }

    @Test
    void noDecisionBeforeTheEnterpriseWasHeardOrItsTimeRanOut() {
        Listing l = proposed();
        l.perform(ListingAction.NOTIFY, ListingInput.note(null), LocalDate.of(2026, 3, 2), terms, "u", NOW);
        assertThat(l.getStatementBy()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThatThrownBy(() -> l.perform(ListingAction.LIST, ListingInput.note(null), LocalDate.of(2026, 3, 9),
                terms, "h", NOW)).isInstanceOf(BusinessRuleException.class);
        l.perform(ListingAction.LIST, ListingInput.note(null), LocalDate.of(2026, 3, 10), terms, "h", NOW);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.LISTED);
        assertThat(l.getListedUntil()).isEqualTo(LocalDate.of(2029, 3, 10));
    }

    @Test
    void aRecordedStatementAllowsTheDecisionAtOnce() {
        Listing l = proposed();
        l.perform(ListingAction.NOTIFY, ListingInput.note(null), LocalDate.of(2026, 3, 2), terms, "u", NOW);
        l.perform(ListingAction.RECORD_STATEMENT, ListingInput.note("we object"), LocalDate.of(2026, 3, 3), terms,
                "u", NOW);
        l.perform(ListingAction.LIST, ListingInput.note(null), LocalDate.of(2026, 3, 4), terms, "h", NOW);
        assertThat(l.getStatus().isListed()).isTrue();
    }

    @Test
    void noStepIsSkipped() {
        Listing l = proposed();
        assertThatThrownBy(() -> l.perform(ListingAction.LIST, ListingInput.note(null), LocalDate.of(2026, 4, 1),
                terms, "h", NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> l.perform(ListingAction.APPLY_REMOVAL, new ListingInput("x", true, true),
                LocalDate.of(2028, 4, 1), terms, "h", NOW)).isInstanceOf(BusinessRuleException.class);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.PROPOSED);
    }

    @Test
    void removalNeedsAYearCorrectionAndPaymentAndAReasonedReview() {
        Listing l = listedOn(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> l.perform(ListingAction.APPLY_REMOVAL, new ListingInput("fixed", true, true),
                LocalDate.of(2027, 3, 10), terms, "u", NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> l.perform(ListingAction.APPLY_REMOVAL, new ListingInput("fixed", true, false),
                LocalDate.of(2027, 3, 11), terms, "u", NOW)).isInstanceOf(BusinessRuleException.class);
        l.perform(ListingAction.APPLY_REMOVAL, new ListingInput("fixed", true, true), LocalDate.of(2027, 3, 11),
                terms, "u", NOW);
        assertThat(l.getStatus().isListed()).as("still listed while the application is reviewed").isTrue();
        assertThatThrownBy(() -> l.perform(ListingAction.REFUSE_REMOVAL, ListingInput.note(" "),
                LocalDate.of(2027, 3, 12), terms, "h", NOW)).isInstanceOf(BusinessRuleException.class);
        l.perform(ListingAction.REFUSE_REMOVAL, ListingInput.note("fine unpaid"), LocalDate.of(2027, 3, 12), terms,
                "h", NOW);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.LISTED);
        l.perform(ListingAction.APPLY_REMOVAL, new ListingInput("paid now", true, true), LocalDate.of(2027, 4, 1),
                terms, "u", NOW);
        l.perform(ListingAction.APPROVE_REMOVAL, ListingInput.note("repaired"), LocalDate.of(2027, 4, 2), terms, "h",
                NOW);
        assertThat(l.getStatus()).isEqualTo(ListingStatus.REMOVED);
        assertThat(l.getEndedOn()).isEqualTo(LocalDate.of(2027, 4, 2));
    }

    @Test
    void expiryHappensOnceAtThreeYears() {
        Listing l = listedOn(LocalDate.of(2028, 2, 29));
        assertThat(l.expire(LocalDate.of(2031, 2, 28), "system", NOW)).isFalse();
        assertThat(l.expire(LocalDate.of(2031, 3, 1), "system", NOW)).isTrue();
        assertThat(l.getStatus()).isEqualTo(ListingStatus.EXPIRED);
        assertThat(l.expire(LocalDate.of(2031, 3, 2), "system", NOW)).isFalse();
    }
}
