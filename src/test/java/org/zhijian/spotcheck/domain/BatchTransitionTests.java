package org.zhijian.spotcheck.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhijian.spotcheck.domain.BatchStatus.CLOSED;
import static org.zhijian.spotcheck.domain.BatchStatus.FAILED;
import static org.zhijian.spotcheck.domain.BatchStatus.NOTIFIED;
import static org.zhijian.spotcheck.domain.BatchStatus.OVERTURNED;
import static org.zhijian.spotcheck.domain.BatchStatus.PASSED;
import static org.zhijian.spotcheck.domain.BatchStatus.RECTIFICATION_ORDERED;
import static org.zhijian.spotcheck.domain.BatchStatus.REINSPECTED;
import static org.zhijian.spotcheck.domain.BatchStatus.RETEST_REQUESTED;
import static org.zhijian.spotcheck.domain.BatchStatus.RETEST_UPHELD;
import static org.zhijian.spotcheck.domain.BatchStatus.SAMPLED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.system.BusinessRuleException;

/** The batch's one transition table and the first results' outcome, without Spring. */
class BatchTransitionTests {

    /** The moves as the law orders them (and as BatchStatus listed them before the table). */
    static final Map<BatchStatus, Set<BatchStatus>> LAWFUL = Map.of(
            SAMPLED, EnumSet.of(PASSED, FAILED),
            FAILED, EnumSet.of(NOTIFIED),
            NOTIFIED, EnumSet.of(RETEST_REQUESTED, RECTIFICATION_ORDERED),
            RETEST_REQUESTED, EnumSet.of(RETEST_UPHELD, OVERTURNED),
            RETEST_UPHELD, EnumSet.of(RECTIFICATION_ORDERED),
            RECTIFICATION_ORDERED, EnumSet.of(REINSPECTED),
            REINSPECTED, EnumSet.of(CLOSED, RECTIFICATION_ORDERED));

    @Test
    void theTableAllowsExactlyTheLawfulMoves() {
        for (BatchStatus from : BatchStatus.values()) {
            assertThat(from.allowedNext()).as(from.name())
                    .isEqualTo(LAWFUL.getOrDefault(from, EnumSet.noneOf(BatchStatus.class)));
        }
    }

    @Test
    void aMoveOffTheTableIsRefusedNamingBothStatuses() {
        assertThatThrownBy(() -> BatchTransition.move(FAILED, CLOSED))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageCode", "spotcheck.transition.forbidden");
    }

    @Test
    void aReinspectedBatchOffersClosingFirst() {
        assertThat(BatchTransition.from(REINSPECTED).stream().map(BatchTransition::action).toList())
                .containsExactly(PostProcessingAction.CLOSE, PostProcessingAction.ORDER_RECTIFICATION);
    }

    @Test
    void anyFailedItemFailsTheBatchAndStartsTheNotificationClock() {
        LocalDate tested = LocalDate.of(2026, 3, 2);
        Deadlines deadlines = Deadlines.defaults();
        FirstResults failed = FirstResults.of(List.of(Judgement.PASS, Judgement.FAIL), tested, deadlines);
        assertThat(failed.verdict()).isEqualTo(Judgement.FAIL);
        assertThat(failed.status()).isEqualTo(FAILED);
        assertThat(failed.stepDueOn()).isEqualTo(tested.plusDays(deadlines.notifyWithinDays()));

        FirstResults passed = FirstResults.of(List.of(Judgement.PASS), tested, deadlines);
        assertThat(passed.status()).isEqualTo(PASSED);
        assertThat(passed.stepDueOn()).isNull();
        assertThat(passed.steps(tested.minusDays(5), "机构"))
                .extracting(FirstResults.StepLine::kind)
                .containsExactly(StepKind.SAMPLED, StepKind.RESULTS_RECORDED);
    }
}
