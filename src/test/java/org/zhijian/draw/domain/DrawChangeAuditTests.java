package org.zhijian.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.audit.AuditTrail;

/** A manual change of a drawn inspector is audited with the inspectors before and after, by name. */
class DrawChangeAuditTests extends PostgresIntegrationTests {

    @Autowired
    DrawService draws;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void replacingAnInspectorRecordsWhoWasDrawnBeforeAndAfter() {
        Long district = fixtures.district().getId();
        for (int i = 0; i < 2; i++) {
            fixtures.enterprise(district);
        }
        List<User> inspectors = List.of(fixtures.user(Role.INSPECTOR, district),
                fixtures.user(Role.INSPECTOR, district), fixtures.user(Role.INSPECTOR, district));
        User head = fixtures.user(Role.HEAD, district);
        var as = Fixtures.details(head);
        RandomDraw d = fixtures.as(as, () -> draws.draw(new DrawRequest("抽查", null, null, null, null, 2, 2, 7L)));
        DrawEntry entry = fixtures.as(as, () -> draws.view(d.getId())).entries().get(0);
        Long out = entry.inspectors().get(0);
        User in = inspectors.stream().filter(u -> !entry.inspectors().contains(u.getId())).findFirst().orElseThrow();
        Map<Long, String> names = inspectors.stream().collect(Collectors.toMap(User::getId, User::getDisplayName));
        List<Long> after = entry.inspectors().stream().map(id -> id.equals(out) ? in.getId() : id).toList();

        fixtures.as(as, () -> draws.replaceInspector(d.getId(), entry.getId(), out, in.getId(), "出差"));

        Map<String, Object> row = jdbc.queryForMap("select before_state, after_state, detail from audit_event"
                + " where entity_type = 'RandomDraw' and entity_id = ? and action = 'CHANGE'", d.getId());
        assertThat((String) row.get("before_state")).contains("\"inspectors\":\"" + namesOf(entry.inspectors(), names)
                + "\"");
        assertThat((String) row.get("after_state")).contains("\"inspectors\":\"" + namesOf(after, names) + "\"");
        assertThat((String) row.get("detail")).contains("出差");
        var change = fixtures.as(as, () -> audit.historyOf(DrawService.ENTITY, d.getId())).get(0);
        assertThat(change.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("inspectors");
            assertThat(c.before()).isEqualTo(namesOf(entry.inspectors(), names));
            assertThat(c.after()).isEqualTo(namesOf(after, names));
        });
    }

    private static String namesOf(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(names::get).collect(Collectors.joining(", "));
    }
}
