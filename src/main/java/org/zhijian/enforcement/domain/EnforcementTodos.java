package org.zhijian.enforcement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Enforcement's part of the to-do inbox: for heads, the clues to decide and the cases to close
 * (executed or transferred); for officers, the steps due on the cases they are officers of.
 */
@Component
class EnforcementTodos implements TodoSource {

    private final ClueService clues;
    private final CaseService cases;

    EnforcementTodos(ClueService clues, CaseService cases) {
        this.clues = clues;
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        LocalDate today = clues.today();
        Long district = user.districtFilter();
        List<TodoItem> items = new ArrayList<>();
        if (user.has(Role.HEAD)) {
            for (Clue c : clues.pendingIn(district)) {
                items.add(new TodoItem("enforcement:clue:" + c.getId() + ":decide", "todo.enforcement.clue.decide",
                        c.getEnterprise().getName(), "/enforcement/clues/" + c.getId(), c.getVerifyBy(),
                        c.isOverdueOn(today)));
            }
            for (EnforcementCase k : cases.inStatuses(List.of(CaseStatus.EXECUTED, CaseStatus.TRANSFERRED), district)) {
                items.add(new TodoItem("enforcement:case:" + k.getId() + ":close", "todo.enforcement.case.close",
                        k.getCaseNumber(), "/enforcement/cases/" + k.getId(), null, false));
            }
        }
        if (user.has(Role.INSPECTOR) && user.userId() != null) {
            for (EnforcementCase k : cases.withDeadline(district)) {
                if (k.getOfficerIds().contains(user.userId())) {
                    items.add(new TodoItem("enforcement:case:" + k.getId() + ":" + k.getStatus(),
                            "todo.enforcement.case." + k.getStatus(), k.getCaseNumber(),
                            "/enforcement/cases/" + k.getId(), k.getDueOn(), k.isOverdueOn(today)));
                }
            }
        }
        return items;
    }
}
