package org.zhijian.hazard.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Hazards in the to-do inbox, within the user's district: an inspector follows up rectification
 * deadlines that come within the look-ahead or have passed; a head accepts reported rectifications,
 * strikes off accepted hazards (销号) and sees the overdue ones (escalations). An item's key carries
 * the status, so each new step is a new item (and a new mail).
 */
@Component
class HazardTodos implements TodoSource {

    static final int LIMIT = 100;
    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

    private final HazardRepository hazards;
    private final Clock clock;
    private final int lookaheadDays;

    HazardTodos(HazardRepository hazards, Clock clock, @Value("${zhijian.todo.lookahead-days:7}") int lookaheadDays) {
        this.hazards = hazards;
        this.clock = clock;
        this.lookaheadDays = lookaheadDays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        if (user.has(Role.INSPECTOR)) {
            find(EnumSet.of(HazardStatus.NOTIFIED), today.plusDays(lookaheadDays), user)
                    .forEach(h -> items.add(item(h, "rectification", h.getDeadline(), today)));
        } else if (user.has(Role.HEAD)) {
            find(EnumSet.of(HazardStatus.RECTIFIED_AWAITING_ACCEPTANCE), NO_LIMIT, user)
                    .forEach(h -> items.add(item(h, "review", null, today)));
            find(EnumSet.of(HazardStatus.ACCEPTED), NO_LIMIT, user)
                    .forEach(h -> items.add(item(h, "closeOff", null, today)));
            find(EnumSet.of(HazardStatus.NOTIFIED), today.minusDays(1), user)
                    .forEach(h -> items.add(item(h, "overdue", h.getDeadline(), today)));
        }
        return items;
    }

    private List<Hazard> find(EnumSet<HazardStatus> statuses, LocalDate until, AccessScope user) {
        return hazards.findForTodo(statuses, until, user.districtFilter(), PageRequest.of(0, LIMIT));
    }

    private static TodoItem item(Hazard h, String what, LocalDate dueOn, LocalDate today) {
        return new TodoItem("hazard:" + h.getId() + ":" + h.getStatus().name(), "todo.hazard." + what,
                h.getNoticeNumber() + " " + h.getEnterprise().getName(), "/risk/hazards/" + h.getId(), dueOn,
                dueOn != null && dueOn.isBefore(today));
    }
}
