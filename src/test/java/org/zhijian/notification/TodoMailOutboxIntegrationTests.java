package org.zhijian.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.notification.domain.NotificationSettings;
import org.zhijian.notification.domain.TodoInbox;
import org.zhijian.notification.domain.TodoMailer;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/**
 * With mail off (the tests' and the demo's default) the mails are written to the outbox and not
 * sent: one per new item, once; a digest of what falls due; each user's settings respected; admins
 * read the outbox of their district.
 */
class TodoMailOutboxIntegrationTests extends PostgresIntegrationTests {

    @Autowired TodoMailer mailer;
    @Autowired TodoInbox inbox;
    @Autowired NotificationSettings settings;
    @Autowired HazardService hazards;
    @Autowired BatchService batches;
    @Autowired SpotCheckTestData data;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    TodoScenario here;

    @BeforeEach
    void setUp() {
        here = new TodoScenario(fixtures, hazards, batches, data, clock, jdbc);
    }

    private List<Map<String, Object>> mailsTo(User u, String kind) {
        return jdbc.queryForList("select to_address, subject, body, status from outgoing_mail "
                + "where recipient_id = ? and kind = ? order by id", u.getId(), kind);
    }

    @Test
    void eachNewItemIsWrittenToTheOutboxOnceAndNotSent() {
        int items = fixtures.as(Fixtures.details(here.inspector), inbox::mine).size();

        mailer.mailNewItems();
        mailer.mailNewItems();

        List<Map<String, Object>> mails = mailsTo(here.inspector, "ITEM");
        assertThat(mails).hasSize(items);
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.get("status")).isEqualTo("NOT_SENT");
            assertThat(m.get("to_address")).isEqualTo(TodoScenario.emailOf(here.inspector));
            assertThat((String) m.get("subject")).startsWith("【质监】新待办:");
        });
        assertThat(mails).extracting(m -> (String) m.get("subject"))
                .anyMatch(s -> s.contains("隐患整改期限") && s.contains(here.overdue.getNoticeNumber()));
        assertThat(jdbc.queryForObject("select count(*) from todo_mail_sent where user_id = ?", Integer.class,
                here.inspector.getId())).isEqualTo(items);
    }

    @Test
    void aNewStepIsANewItemAndMailedToo() {
        mailer.mailNewItems();
        int before = mailsTo(here.head, "ITEM").size();
        fixtures.as(Fixtures.details(here.inspector), () -> hazards.perform(here.dueSoon.getId(),
                here.dueSoon.getVersion(), org.zhijian.hazard.domain.HazardAction.RECTIFY, "已整改"));

        mailer.mailNewItems();

        List<Map<String, Object>> mails = mailsTo(here.head, "ITEM");
        assertThat(mails).hasSize(before + 1);
        assertThat((String) mails.get(mails.size() - 1).get("subject"))
                .contains("隐患整改待验收", here.dueSoon.getNoticeNumber());
    }

    @Test
    void settingsDecideWhoGetsWhichMail() {
        fixtures.as(Fixtures.details(here.head), () -> settings.save(0, false, false, List.of()));
        fixtures.as(Fixtures.details(here.admin), () -> settings.save(0, true, true, List.of("licence")));

        mailer.mailNewItems();
        mailer.sendDigests();

        assertThat(mailsTo(here.head, "ITEM")).isEmpty();
        assertThat(mailsTo(here.head, "DIGEST")).isEmpty();
        assertThat(mailsTo(here.admin, "ITEM")).extracting(m -> (String) m.get("subject"))
                .anyMatch(s -> s.contains(here.failedBatch.getFormNumber()))
                .noneMatch(s -> s.contains(here.expiring.getNumber().value()));
        assertThat(fixtures.as(Fixtures.details(here.admin), settings::mine).mutedGroups()).containsExactly("licence");
    }

    @Test
    void theDigestListsWhatIsOverdueOrFallsDueSoon() {
        mailer.sendDigests();

        List<Map<String, Object>> digests = mailsTo(here.inspector, "DIGEST");
        assertThat(digests).hasSize(1);
        assertThat((String) digests.get(0).get("subject")).startsWith("【质监】每日待办汇总(" + here.today + ")");
        assertThat((String) digests.get(0).get("body"))
                .contains(here.overdue.getNoticeNumber(), "已逾期", here.dueSoon.getNoticeNumber(),
                        here.failedBatch.getFormNumber());
        // the admin's expiring licence falls due in 29 days: beyond the digest's 7 days
        assertThat(mailsTo(here.admin, "DIGEST")).allSatisfy(m ->
                assertThat((String) m.get("body")).doesNotContain(here.expiring.getNumber().value()));
    }

    @Test
    void adminsReadTheirDistrictsOutboxOthersDoNot() throws Exception {
        mailer.mailNewItems();
        TodoScenario elsewhere = new TodoScenario(fixtures, hazards, batches, data, clock, jdbc);

        mvc.perform(get("/todo/outbox").with(user(Fixtures.details(here.admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(TodoScenario.emailOf(here.inspector))))
                .andExpect(content().string(Matchers.containsString("未发送")));
        mvc.perform(get("/todo/outbox").with(user(Fixtures.details(elsewhere.admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(TodoScenario.emailOf(here.inspector)))));
        mvc.perform(get("/todo/outbox").with(user(Fixtures.details(here.inspector))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePreferencesPageSavesTheTickedKinds() throws Exception {
        mvc.perform(get("/todo/preferences").with(user(Fixtures.details(here.admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(TodoScenario.emailOf(here.admin))))
                .andExpect(content().string(Matchers.containsString("value=\"licence\"")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/todo/preferences")
                        .with(user(Fixtures.details(here.admin)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("newItemMails", "true").param("version", "0").param("wantedKinds", "spotcheck"))
                .andExpect(status().is3xxRedirection());
        var saved = fixtures.as(Fixtures.details(here.admin), settings::mine);
        assertThat(saved.isNewItemMails()).isTrue();
        assertThat(saved.isDailyDigest()).isFalse();
        assertThat(saved.mutedGroups()).contains("licence").doesNotContain("spotcheck");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'NotificationPreference' "
                + "and entity_id = ? and actor = ?", Long.class, saved.getId(), here.admin.getUsername())).isOne();
    }
}
