package org.zhijian.spotcheck.domain;

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

import java.util.Arrays;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhijian.system.BusinessRuleException;

/**
 * The one transition table of a sampled batch: every move its status can make,
 * and the post-processing action a user takes to make it (none for results,
 * which have their own form). {@link BatchStatus#allowedNext()} and
 * {@link PostProcessingAction#available} are read from here, and
 * {@link SamplingBatch} moves only along a row of it.
 */
public enum BatchTransition {
    RESULTS_PASS(SAMPLED, PASSED, null),
    RESULTS_FAIL(SAMPLED, FAILED, null),
    NOTIFY(FAILED, NOTIFIED, PostProcessingAction.NOTIFY),
    REQUEST_RETEST(NOTIFIED, RETEST_REQUESTED, PostProcessingAction.REQUEST_RETEST),
    /** The objection window closed without a re-test. */
    ORDER_AFTER_OBJECTION_WINDOW(NOTIFIED, RECTIFICATION_ORDERED, PostProcessingAction.ORDER_RECTIFICATION),
    RETEST_UPHOLDS(RETEST_REQUESTED, RETEST_UPHELD, PostProcessingAction.RECORD_RETEST),
    RETEST_OVERTURNS(RETEST_REQUESTED, OVERTURNED, PostProcessingAction.RECORD_RETEST),
    ORDER_AFTER_RETEST(RETEST_UPHELD, RECTIFICATION_ORDERED, PostProcessingAction.ORDER_RECTIFICATION),
    REINSPECT(RECTIFICATION_ORDERED, REINSPECTED, PostProcessingAction.REINSPECT),
    CLOSE(REINSPECTED, CLOSED, PostProcessingAction.CLOSE),
    /** An unsatisfactory re-inspection: a new order. */
    ORDER_AGAIN(REINSPECTED, RECTIFICATION_ORDERED, PostProcessingAction.ORDER_RECTIFICATION);

    private final BatchStatus from;
    private final BatchStatus to;
    private final PostProcessingAction action;

    BatchTransition(BatchStatus from, BatchStatus to, PostProcessingAction action) {
        this.from = from;
        this.to = to;
        this.action = action;
    }

    /** The rows leaving a status, in table order. */
    public static List<BatchTransition> from(BatchStatus status) {
        return Arrays.stream(values()).filter(t -> t.from == status).toList();
    }

    /** The status after moving from {@code current} to {@code next}, or a refusal naming both. */
    static BatchStatus move(BatchStatus current, BatchStatus next) {
        if (from(current).stream().noneMatch(t -> t.to == next)) {
            throw new BusinessRuleException(null, "spotcheck.transition.forbidden",
                    new DefaultMessageSourceResolvable(current.messageCode()),
                    new DefaultMessageSourceResolvable(next.messageCode()));
        }
        return next;
    }

    public BatchStatus from() {
        return from;
    }

    public BatchStatus to() {
        return to;
    }

    /** The user's action that makes this move; null for recording results. */
    public PostProcessingAction action() {
        return action;
    }
}
