package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Failed batches whose next post-processing step (notification, re-test result, rectification
 * order, re-inspection, closing) falls due within the look-ahead or is late, for those who record
 * the steps, within their district. The key carries the status: each step is its own item.
 */
@Component
class SpotCheckTodos implements TodoSource {

    static final int LIMIT = 100;

    private final SamplingBatchRepository batches;
    private final Clock clock;
    private final int lookaheadDays;

    SpotCheckTodos(SamplingBatchRepository batches, Clock clock,
                   @Value("${zhijian.todo.lookahead-days:7}") int lookaheadDays) {
        this.batches = batches;
        this.clock = clock;
        this.lookaheadDays = lookaheadDays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        if (!user.may(Action.RECORD_POST_PROCESSING)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return batches.findStepsDue(BatchStatus.inPostProcessing(), today.plusDays(lookaheadDays),
                        user.districtFilter(), PageRequest.of(0, LIMIT)).stream()
                .map(b -> new TodoItem("batch:" + b.getId() + ":" + b.getStatus().name(),
                        "todo.spotcheck." + b.getStatus().name(),
                        b.getFormNumber() + " " + b.getEnterprise().getName(), "/spotchecks/batches/" + b.getId(),
                        b.getStepDueOn(), b.isOverdue(today)))
                .toList();
    }
}
