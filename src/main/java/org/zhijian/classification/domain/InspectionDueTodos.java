package org.zhijian.classification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Enterprises due for inspection (应检企业) as one summarising item per inspector's district, not one
 * item per enterprise: the item says how many and links to the due list. Its key changes each ISO
 * week, so the inspector is reminded (and mailed) at most once a week while enterprises are due.
 */
@Component
class InspectionDueTodos implements TodoSource {

    private final EnterpriseClassRepository classes;
    private final Clock clock;
    private final int lookaheadDays;

    InspectionDueTodos(EnterpriseClassRepository classes, Clock clock,
                       @Value("${zhijian.todo.lookahead-days:7}") int lookaheadDays) {
        this.classes = classes;
        this.clock = clock;
        this.lookaheadDays = lookaheadDays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        if (!user.may(Action.RECORD_INSPECTION)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = classes.countDue(today.plusDays(lookaheadDays), user.districtFilter());
        if (rows.isEmpty() || rows.get(0)[0] == null || ((Number) rows.get(0)[0]).longValue() == 0) {
            return List.of();
        }
        long count = ((Number) rows.get(0)[0]).longValue();
        LocalDate earliest = (LocalDate) rows.get(0)[1];
        String week = today.get(IsoFields.WEEK_BASED_YEAR) + "W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String where = user.isCityWide() ? "city" : String.valueOf(user.districtId());
        return List.of(new TodoItem("classification:due:" + where + ":" + week, "todo.classification.due",
                String.valueOf(count), "/classification/due", earliest, earliest.isBefore(today)));
    }
}
