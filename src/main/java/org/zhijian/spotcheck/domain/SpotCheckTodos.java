package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Failed batches whose next post-processing step (notification, re-test result, rectification
 * order, re-inspection, closing) falls due within the look-ahead or is late, for those who record
 * the steps, within their district. The key carries the status: each step is its own item. And,
 * for those who publish results (公告), one item per plan with final results not yet published
 * (a new item each week while there are some).
 */
@Component
class SpotCheckTodos implements TodoSource {

    static final int LIMIT = 100;

    private final SamplingBatchRepository batches;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int lookaheadDays;

    SpotCheckTodos(SamplingBatchRepository batches, NamedParameterJdbcTemplate jdbc, Clock clock,
                   @Value("${zhijian.todo.lookahead-days:7}") int lookaheadDays) {
        this.batches = batches;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lookaheadDays = lookaheadDays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        if (user.may(Action.RECORD_POST_PROCESSING)) {
            batches.findStepsDue(BatchStatus.inPostProcessing(), today.plusDays(lookaheadDays),
                            user.districtFilter(), PageRequest.of(0, LIMIT))
                    .forEach(b -> items.add(new TodoItem("batch:" + b.getId() + ":" + b.getStatus().name(),
                            "todo.spotcheck." + b.getStatus().name(),
                            b.getFormNumber() + " " + b.getEnterprise().getName(), "/spotchecks/batches/" + b.getId(),
                            b.getStepDueOn(), b.isOverdue(today))));
        }
        if (user.may(Action.PUBLISH_RESULTS)) {
            items.addAll(resultsToPublish(user, today));
        }
        return items;
    }

    private List<TodoItem> resultsToPublish(AccessScope user, LocalDate today) {
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String sql = "select b.plan_id, p.title, count(*) as n from sampling_batch b join spot_check_plan p on p.id = b.plan_id"
                + " where b.published_at is null and " + FinalVerdict.SQL
                + (user.districtFilter() == null ? "" : " and b.district_id = :district")
                + " group by b.plan_id, p.title order by b.plan_id limit " + LIMIT;
        return jdbc.query(sql, Map.of("today", today, "district", user.districtFilter() == null ? 0L : user.districtFilter()),
                (rs, i) -> new TodoItem("plan:" + rs.getLong("plan_id") + ":publish:" + week, "todo.spotcheck.publish",
                        rs.getString("title") + " (" + rs.getLong("n") + ")", "/spotchecks/plans/" + rs.getLong("plan_id"),
                        null, false));
    }
}
