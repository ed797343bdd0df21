package org.zhijian.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.notification.domain.TodoInbox;

@RestController
@RequestMapping("/api/v1/todo")
@Tag(name = "To-do", description = "The caller's to-do inbox (我的待办): every item that waits for them, by deadline")
class TodoApiController {

    private final TodoInbox inbox;
    private final MessageSource messages;

    TodoApiController(TodoInbox inbox, MessageSource messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    record TodoItemResponse(String key, String kind, String kindText, String title, String href, LocalDate dueOn,
                            boolean overdue) {
    }

    @GetMapping
    @Operation(summary = "The caller's to-do items: overdue first, then by due date, then those without one")
    List<TodoItemResponse> myItems(Locale locale) {
        return inbox.mine().stream()
                .map(i -> new TodoItemResponse(i.key(), i.kindCode(),
                        messages.getMessage(i.kindCode(), null, i.kindCode(), locale), i.title(), i.href(), i.dueOn(),
                        i.overdue()))
                .toList();
    }
}
