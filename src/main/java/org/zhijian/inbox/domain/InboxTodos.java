package org.zhijian.inbox.domain;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * The inbox's unread notices (an overdue hazard escalated to the head, …) as to-do items, so they
 * show in the one inbox (我的待办) until the user opens them. A notice has no deadline of its own.
 */
@Component
class InboxTodos implements TodoSource {

    static final int LIMIT = 50;

    private final InboxRepository messages;

    InboxTodos(InboxRepository messages) {
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        if (user.userId() == null) {
            return List.of();
        }
        return messages.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(user.userId(),
                        PageRequest.of(0, LIMIT)).stream()
                .map(m -> new TodoItem("inbox:" + m.getId(), "todo.inbox.notice",
                        String.join(" · ", java.util.Arrays.stream(m.args()).map(String::valueOf).toList()),
                        "/inbox/" + m.getId() + "/open", null, false))
                .toList();
    }
}
