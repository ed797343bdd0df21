package org.zhijian.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.notification.domain.TodoInbox;
import org.zhijian.notification.domain.TodoMailer;
import org.zhijian.notification.domain.TodoOrder;
import org.zhijian.support.EmbeddedDemoCityTests;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;

/**
 * The demo city on the embedded H2: its people have e-mail addresses and find their work in the
 * inbox, and with mail off (the demo's default) the mails land in the outbox. Writes only the
 * outbox's own rows, which no other test of this context reads.
 */
class DemoTodoEmbeddedTests extends EmbeddedDemoCityTests {

    @Autowired TodoInbox inbox;
    @Autowired TodoMailer mailer;
    @Autowired JdbcTemplate jdbc;

    private List<TodoItem> itemsOf(String username) {
        Map<String, Object> u = jdbc.queryForMap("select id, role, district_id from app_user where username = ?",
                username);
        Long district = u.get("district_id") == null ? null : ((Number) u.get("district_id")).longValue();
        return inbox.itemsFor(new AccessScope(((Number) u.get("id")).longValue(), username,
                Role.valueOf((String) u.get("role")), district));
    }

    @Test
    void demoPeopleFindTheirWorkAndTheMailsLandInTheOutbox() {
        assertThat(jdbc.queryForObject("select email from app_user where username = 'jj_inspector1'", String.class))
                .isEqualTo("jj.inspector1@demo.zhijian.invalid");
        assertThat(jdbc.queryForObject("select count(*) from app_user where email is null", Integer.class)).isZero();

        List<TodoItem> inspector = itemsOf("inspector");
        assertThat(inspector).isNotEmpty().isSortedAccordingTo(TodoOrder.BY_DEADLINE);
        assertThat(inspector).extracting(TodoItem::kindCode).anyMatch(k -> k.startsWith("todo.hazard."))
                .anyMatch(k -> k.startsWith("todo.spotcheck."));
        assertThat(itemsOf("head")).extracting(TodoItem::kindCode).anyMatch(k -> k.startsWith("todo.hazard."));
        assertThat(itemsOf("admin")).extracting(TodoItem::kindCode).contains("todo.licence.renewal");

        assertThat(mailer.mailNewItems()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where status <> 'NOT_SENT'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where to_address = 'inspector@demo.zhijian.invalid'",
                Integer.class)).isEqualTo(Math.min(inspector.size(), 20));
    }
}
