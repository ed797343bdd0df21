package org.zhijian.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhijian.system.todo.TodoItem;

class TodoOrderTests {

    private static TodoItem item(String key, LocalDate due, boolean overdue) {
        return new TodoItem(key, "todo.hazard.review", key, "/", due, overdue);
    }

    @Test
    void overdueFirstThenByDueDateThenThoseWithoutOne() {
        LocalDate d = LocalDate.of(2026, 3, 10);
        List<TodoItem> items = new ArrayList<>(List.of(
                item("none-b", null, false),
                item("later", d.plusDays(9), false),
                item("overdue-recent", d.minusDays(1), true),
                item("none-a", null, false),
                item("soon", d.plusDays(2), false),
                item("overdue-old", d.minusDays(30), true)));

        items.sort(TodoOrder.BY_DEADLINE);

        assertThat(items).extracting(TodoItem::key)
                .containsExactly("overdue-old", "overdue-recent", "soon", "later", "none-a", "none-b");
    }

    @Test
    void aKindsGroupIsItsModule() {
        assertThat(TodoOrder.groupOf("todo.spotcheck.FAILED")).isEqualTo("spotcheck");
        assertThat(TodoOrder.groupOf("todo.licence.renewal")).isEqualTo("licence");
        assertThat(TodoOrder.groupOf("plain")).isEqualTo("plain");
    }

    @Test
    void aMutedGroupIsNotMailedButOthersAre() {
        NotificationPreference p = NotificationPreference.defaultsFor(1L);
        p.change(true, true, List.of("hazard"), java.time.Instant.EPOCH);
        assertThat(p.wantsMailAbout(item("h", null, false))).isFalse();
        assertThat(p.wantsMailAbout(new TodoItem("l", "todo.licence.renewal", "l", "/", null, false))).isTrue();
        assertThat(NotificationPreference.defaultsFor(1L).wantsMailAbout(item("h", null, false))).isTrue();
    }
}
