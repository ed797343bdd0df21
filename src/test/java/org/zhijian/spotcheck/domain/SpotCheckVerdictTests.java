package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.system.BusinessRuleException;

/** When a verdict is final, the post-processing state machine and value normalisation, without Spring. */
class SpotCheckVerdictTests {

    static final LocalDate NOTIFIED = LocalDate.of(2026, 3, 2);
    static final LocalDate DEADLINE = NOTIFIED.plusDays(Deadlines.OBJECTION_DAYS);

    @Test
    void passIsFinalAtOnce() {
        assertThat(FinalVerdict.isFinal(Judgement.PASS, null, null, null, NOTIFIED)).isTrue();
    }

    @Test
    void failureBecomesFinalOnlyAfterTheObjectionWindowCloses() {
        assertThat(DEADLINE).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(FinalVerdict.isFinal(Judgement.FAIL, null, null, null, DEADLINE.plusDays(30))).isFalse();
        assertThat(FinalVerdict.isFinal(Judgement.FAIL, DEADLINE, null, null, DEADLINE)).isFalse();
        assertThat(FinalVerdict.isFinal(Judgement.FAIL, DEADLINE, null, null, DEADLINE.plusDays(1))).isTrue();
    }

    @Test
    void reTestRequestHoldsTheVerdictUntilItsResult() {
        LocalDate later = DEADLINE.plusDays(60);
        assertThat(FinalVerdict.isFinal(Judgement.FAIL, DEADLINE, NOTIFIED.plusDays(3), null, later)).isFalse();
        assertThat(FinalVerdict.isFinal(Judgement.PASS, DEADLINE, NOTIFIED.plusDays(3), Judgement.PASS, later))
                .isTrue();
        assertThat(FinalVerdict.isFinal(Judgement.FAIL, DEADLINE, NOTIFIED.plusDays(3), Judgement.FAIL, later))
                .isTrue();
    }

    @Test
    void noVerdictIsNeverFinal() {
        assertThat(FinalVerdict.isFinal(null, null, null, null, NOTIFIED)).isFalse();
    }

    @Test
    void stateMachineAllowsOnlyTheLawfulOrder() {
        assertThat(BatchStatus.SAMPLED.canMoveTo(BatchStatus.NOTIFIED)).isFalse();
        assertThat(BatchStatus.FAILED.canMoveTo(BatchStatus.NOTIFIED)).isTrue();
        assertThat(BatchStatus.FAILED.canMoveTo(BatchStatus.RECTIFICATION_ORDERED)).isFalse();
        assertThat(BatchStatus.NOTIFIED.allowedNext())
                .containsExactlyInAnyOrder(BatchStatus.RETEST_REQUESTED, BatchStatus.RECTIFICATION_ORDERED);
        assertThat(BatchStatus.RECTIFICATION_ORDERED.canMoveTo(BatchStatus.CLOSED)).isFalse();
        assertThat(BatchStatus.CLOSED.allowedNext()).isEmpty();
        assertThat(BatchStatus.OVERTURNED.allowedNext()).isEmpty();
    }

    @Test
    void fullWidthDigitsAndStraySpacesAreNormalised() {
        assertThat(MeasuredValue.number(" ０．１２ ", "v")).isEqualByComparingTo("0.12");
        assertThat(MeasuredValue.number("1,234.5\u3000", "v")).isEqualByComparingTo("1234.5");
        assertThat(MeasuredValue.number("－３", "v")).isEqualByComparingTo(new BigDecimal("-3"));
        assertThat(MeasuredValue.conforming(" 合格 ", "v")).isTrue();
        assertThat(MeasuredValue.conforming("不符合", "v")).isFalse();
        assertThatThrownBy(() -> MeasuredValue.number("约0.1", "v"))
                .isInstanceOf(BusinessRuleException.class).hasMessage("spotcheck.result.notNumeric");
        assertThatThrownBy(() -> MeasuredValue.conforming("也许", "v")).isInstanceOf(BusinessRuleException.class);
    }
}
