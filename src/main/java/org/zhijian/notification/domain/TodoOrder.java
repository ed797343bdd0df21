package org.zhijian.notification.domain;

import java.time.LocalDate;
import java.util.Comparator;
import org.zhijian.system.todo.TodoItem;

/** The inbox's order: overdue items first, then by deadline, then those without one; ties by key, so the order is stable. */
public final class TodoOrder {

    public static final Comparator<TodoItem> BY_DEADLINE = Comparator
            .comparing((TodoItem i) -> !i.overdue())
            .thenComparing(TodoItem::dueOn, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(TodoItem::key);

    private TodoOrder() {
    }

    /** The group a kind belongs to ({@code todo.hazard.review} → {@code hazard}): what a user mutes in their preferences. */
    public static String groupOf(String kindCode) {
        String[] parts = kindCode.split("\\.");
        return parts.length >= 2 ? parts[1] : kindCode;
    }
}
