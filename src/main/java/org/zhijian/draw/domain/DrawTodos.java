package org.zhijian.draw.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/** Draft draws of the user's district, due for publication within 20 working days of the draw ({@link DrawService#publishBy}). */
@Component
class DrawTodos implements TodoSource {

    static final int LIMIT = 50;

    private final DrawRepository draws;
    private final DrawService service;
    private final Clock clock;

    DrawTodos(DrawRepository draws, DrawService service, Clock clock) {
        this.draws = draws;
        this.service = service;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        if (!user.may(Action.MANAGE_DRAW)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return draws.findDrafts(user.districtFilter(), PageRequest.of(0, LIMIT)).stream()
                .map(d -> {
                    LocalDate by = service.publishBy(d);
                    return new TodoItem("draw:" + d.getId() + ":publish", "todo.draw.publish", d.getTitle(),
                            "/draws/" + d.getId(), by, by.isBefore(today));
                })
                .toList();
    }
}
