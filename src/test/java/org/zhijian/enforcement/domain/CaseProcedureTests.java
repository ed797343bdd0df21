package org.zhijian.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;

/** The order of a case's steps: none skipped, the windows respected, the deadline that follows each. */
class CaseProcedureTests {

    static final LocalDate OPENED = LocalDate.parse("2026-03-02");
    final EnforcementCase.Context ctx = new EnforcementCase.Context(PenaltyRules.defaults(),
            EnforcementDeadlinesTests.CALENDAR, LocalDate.parse("2026-12-31"));

    static EnforcementCase newCase(PartyKind party) {
        return new EnforcementCase("C1", null, org.mockito.Mockito.mock(Enterprise.class), ProcedureKind.GENERAL, party, "facts", "basis",
                Set.of(1L, 2L), OPENED, "u", Instant.EPOCH);
    }

    static CaseCommand notice(LocalDate on, BigDecimal fine) {
        return new CaseCommand(CaseAction.ISSUE_NOTICE, on, null, Set.of(PenaltyKind.FINE), fine, "fine", null,
                null, null);
    }

    EnforcementCase.Context at(String today) {
        return new EnforcementCase.Context(ctx.rules(), ctx.calendar(), LocalDate.parse(today));
    }

    @Test
    void atLeastTwoOfficers() {
        assertThatThrownBy(() -> new EnforcementCase("C1", null, org.mockito.Mockito.mock(Enterprise.class), ProcedureKind.GENERAL,
                PartyKind.PERSON, "f", "b", Set.of(1L), OPENED, "u", Instant.EPOCH))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void noDecisionBeforeTheNotice() {
        EnforcementCase k = newCase(PartyKind.ORGANISATION);
        assertThat(k.getDueOn()).isEqualTo(LocalDate.parse("2026-05-31"));
        assertThatThrownBy(() -> k.perform(CaseCommand.of(CaseAction.DECIDE, OPENED, null), "D1", ctx, "u",
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> k.perform(CaseCommand.of(CaseAction.DELIVER, OPENED, null), null, ctx, "u",
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theDecisionWaitsForTheStatementWindowUnlessThePartyStated() {
        EnforcementCase k = newCase(PartyKind.ORGANISATION);
        k.perform(notice(LocalDate.parse("2026-03-02"), new BigDecimal("5000")), null, ctx, "u", Instant.EPOCH);
        assertThat(k.isSerious()).isFalse();
        var early = CaseCommand.of(CaseAction.DECIDE, LocalDate.parse("2026-03-09"), null);
        assertThatThrownBy(() -> k.checkDecision(early, ctx)).isInstanceOf(BusinessRuleException.class);
        k.checkDecision(CaseCommand.of(CaseAction.DECIDE, LocalDate.parse("2026-03-10"), null), ctx);
        k.perform(CaseCommand.of(CaseAction.RECORD_STATEMENT, LocalDate.parse("2026-03-03"), "we accept"), null,
                ctx, "u", Instant.EPOCH);
        k.perform(CaseCommand.of(CaseAction.DECIDE, LocalDate.parse("2026-03-03"), null), "D1", ctx, "u",
                Instant.EPOCH);
        assertThat(k.getStatus()).isEqualTo(CaseStatus.DECIDED);
        assertThat(k.getDueOn()).isEqualTo(LocalDate.parse("2026-03-10"));
    }

    @Test
    void aSeriousPenaltyGivesAHearingWhoseTimeDoesNotCount() {
        EnforcementCase k = newCase(PartyKind.PERSON);
        k.perform(notice(LocalDate.parse("2026-03-02"), new BigDecimal("10000")), null, ctx, "u", Instant.EPOCH);
        assertThat(k.isSerious()).isTrue();
        assertThat(k.getHearingRequestBy()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThatThrownBy(() -> k.perform(CaseCommand.of(CaseAction.REQUEST_HEARING, LocalDate.parse("2026-03-10"),
                null), null, ctx, "u", Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
        k.perform(CaseCommand.of(CaseAction.REQUEST_HEARING, LocalDate.parse("2026-03-09"), null), null,
                at("2026-03-15"), "u", Instant.EPOCH);
        assertThat(k.getDueOn()).as("paused while the hearing lasts").isNull();
        k.perform(CaseCommand.of(CaseAction.HOLD_HEARING, LocalDate.parse("2026-03-19"), "held"), null,
                at("2026-03-20"), "u", Instant.EPOCH);
        assertThat(k.getDueOn()).isEqualTo(LocalDate.parse("2026-05-31").plusDays(10));
    }

    @Test
    void executionNeedsTheFineAndItsSurcharge() {
        EnforcementCase k = newCase(PartyKind.ORGANISATION);
        k.perform(notice(LocalDate.parse("2026-03-02"), new BigDecimal("1000")), null, ctx, "u", Instant.EPOCH);
        k.perform(CaseCommand.of(CaseAction.RECORD_STATEMENT, LocalDate.parse("2026-03-03"), "ok"), null, ctx, "u",
                Instant.EPOCH);
        k.perform(CaseCommand.of(CaseAction.DECIDE, LocalDate.parse("2026-03-04"), null), "D1", ctx, "u",
                Instant.EPOCH);
        k.perform(CaseCommand.of(CaseAction.DELIVER, LocalDate.parse("2026-03-05"), null), null, ctx, "u",
                Instant.EPOCH);
        assertThat(k.getPaymentDue()).isEqualTo(LocalDate.parse("2026-03-20"));
        var shortPay = new CaseCommand(CaseAction.EXECUTE, LocalDate.parse("2026-03-22"), null, null, null, null,
                null, null, new BigDecimal("1000"));
        assertThatThrownBy(() -> k.perform(shortPay, null, ctx, "u", Instant.EPOCH))
                .isInstanceOf(BusinessRuleException.class);
        k.perform(new CaseCommand(CaseAction.EXECUTE, LocalDate.parse("2026-03-22"), null, null, null, null, null,
                null, new BigDecimal("1060")), null, ctx, "u", Instant.EPOCH);
        assertThat(k.getSurcharge()).isEqualByComparingTo("60.00");
        assertThat(k.getStatus()).isEqualTo(CaseStatus.EXECUTED);
    }

    @Test
    void theExtensionIsGrantedOnceWithAReason() {
        EnforcementCase k = newCase(PartyKind.ORGANISATION);
        assertThatThrownBy(() -> k.perform(CaseCommand.of(CaseAction.EXTEND, OPENED, " "), null, ctx, "u",
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
        k.perform(CaseCommand.of(CaseAction.EXTEND, OPENED, "complex"), null, ctx, "u", Instant.EPOCH);
        assertThat(k.getDueOn()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThatThrownBy(() -> k.perform(CaseCommand.of(CaseAction.EXTEND, OPENED, "again"), null, ctx, "u",
                Instant.EPOCH)).isInstanceOf(BusinessRuleException.class);
    }
}
