package org.zhijian.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.account.domain.User;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.notification.domain.TodoInbox;
import org.zhijian.notification.domain.TodoOrder;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.todo.TodoItem;

/**
 * 我的待办 for an inspector, a head and an admin of one district, from records made through the
 * modules' services: each sees the items of their duty, overdue first, then by deadline, then those
 * without one; nobody sees another district's; the badge's count and the API agree with the page.
 */
class TodoInboxIntegrationTests extends PostgresIntegrationTests {

    @Autowired TodoInbox inbox;
    @Autowired HazardService hazards;
    @Autowired BatchService batches;
    @Autowired SpotCheckTestData data;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;

    TodoScenario here;
    TodoScenario elsewhere;

    @BeforeEach
    void setUp() {
        here = new TodoScenario(fixtures, hazards, batches, data, clock, jdbc);
        elsewhere = new TodoScenario(fixtures, hazards, batches, data, clock, jdbc);
    }

    private List<TodoItem> itemsOf(User u) {
        return fixtures.as(Fixtures.details(u), inbox::mine);
    }

    /** The scenario's own items, in the order the inbox gave them. */
    private static List<String> keysOf(List<TodoItem> items, TodoScenario s) {
        Predicate<String> ours = k -> k.equals("batch:" + s.failedBatch.getId() + ":FAILED")
                || k.equals("licence:" + s.expiring.getId() + ":renewal")
                || List.of(s.overdue, s.dueSoon, s.rectified).stream().map(Hazard::getId)
                        .anyMatch(id -> k.startsWith("hazard:" + id + ":"));
        return items.stream().map(TodoItem::key).filter(ours).toList();
    }

    @Test
    void anInspectorFollowsRectificationDeadlinesAndPostProcessingStepsOverdueFirst() {
        List<TodoItem> items = itemsOf(here.inspector);

        assertThat(keysOf(items, here)).containsExactly(
                TodoScenario.key(here.overdue, "NOTIFIED"),
                TodoScenario.key(here.dueSoon, "NOTIFIED"),
                "batch:" + here.failedBatch.getId() + ":FAILED");
        assertThat(items).isSortedAccordingTo(TodoOrder.BY_DEADLINE);
        TodoItem first = items.stream().filter(i -> i.key().equals(TodoScenario.key(here.overdue, "NOTIFIED")))
                .findFirst().orElseThrow();
        assertThat(first.overdue()).isTrue();
        assertThat(first.dueOn()).isEqualTo(here.today.minusDays(1));
        assertThat(first.kindCode()).isEqualTo("todo.hazard.rectification");
        assertThat(first.href()).isEqualTo("/risk/hazards/" + here.overdue.getId());
        TodoItem batch = items.stream().filter(i -> i.key().startsWith("batch:" + here.failedBatch.getId()))
                .findFirst().orElseThrow();
        assertThat(batch.dueOn()).isEqualTo(here.today.plusDays(5));
        assertThat(batch.overdue()).isFalse();
    }

    @Test
    void aHeadReviewsRectificationsAndFollowsUpOverdueHazardsWithTheEscalationNotice() {
        hazards.escalateOverdue(here.today);

        List<TodoItem> items = itemsOf(here.head);

        assertThat(keysOf(items, here)).containsExactly(
                TodoScenario.key(here.overdue, "NOTIFIED"),
                TodoScenario.key(here.rectified, "RECTIFIED_AWAITING_ACCEPTANCE"));
        assertThat(items).filteredOn(i -> i.key().startsWith("hazard:" + here.overdue.getId()))
                .extracting(TodoItem::kindCode).containsExactly("todo.hazard.overdue");
        // the escalation's notice (inbox module) is in the same inbox, without a deadline, until it is opened
        assertThat(items).filteredOn(i -> i.kindCode().equals("todo.inbox.notice"))
                .anySatisfy(i -> assertThat(i.title()).contains(here.overdue.getNoticeNumber()));
        assertThat(items).isSortedAccordingTo(TodoOrder.BY_DEADLINE);
        assertThat(items.get(items.size() - 1).dueOn()).isNull();
    }

    @Test
    void anAdminRenewsExpiringLicencesAndRecordsPostProcessing() {
        List<TodoItem> items = itemsOf(here.admin);

        assertThat(keysOf(items, here)).containsExactly(
                "batch:" + here.failedBatch.getId() + ":FAILED",
                "licence:" + here.expiring.getId() + ":renewal");
        assertThat(items).filteredOn(i -> i.key().startsWith("licence:" + here.expiring.getId()))
                .extracting(TodoItem::dueOn).containsExactly(here.today.plusDays(29));
        assertThat(items).isSortedAccordingTo(TodoOrder.BY_DEADLINE);
    }

    @Test
    void finalResultsNotYetPublishedAreOneItemPerPlanForThoseWhoPublish(
            @Autowired org.zhijian.spotcheck.domain.PlanService plans) {
        var panel = data.woodPanel();
        var plan = fixtures.as(Fixtures.details(here.admin), () -> plans.create(new org.zhijian.spotcheck.domain
                .PlanDetails("TD-" + Fixtures.next(), "待办计划", here.today.getYear(),
                org.zhijian.spotcheck.domain.PlanLevel.DISTRICT, false, null, java.util.Set.of(panel.getId()),
                java.util.Map.of(here.district.getId(), 2))));
        for (int i = 0; i < 2; i++) {
            var d = data.sampling(here.enterprise, panel, here.inspector, here.secondInspector, here.today.minusDays(3));
            fixtures.as(Fixtures.details(here.inspector), () -> batches.record(new org.zhijian.spotcheck.domain
                    .BatchDetails(d.formNumber(), plan.getId(), d.enterpriseId(), d.categoryId(), d.brand(),
                    d.modelSpec(), d.productionBatchNo(), d.productionDate(), d.sampleQuantity(), d.backupQuantity(),
                    d.quantityUnit(), d.samplingDate(), d.samplingPlace(), d.agency(), d.samplerIds(),
                    d.submissionToken()), here.today.minusDays(2), "BG" + Fixtures.next(), data.results(panel, "0.05")));
        }

        for (User u : List.of(here.head, here.admin)) {
            assertThat(itemsOf(u)).as(u.getUsername())
                    .filteredOn(i -> i.key().startsWith("plan:" + plan.getId() + ":publish:"))
                    .singleElement()
                    .satisfies(i -> assertThat(i.title()).isEqualTo("待办计划 (2)"));
        }
        assertThat(itemsOf(here.inspector)).noneMatch(i -> i.key().startsWith("plan:"));
        assertThat(itemsOf(elsewhere.head)).noneMatch(i -> i.key().startsWith("plan:" + plan.getId() + ":"));

        fixtures.as(Fixtures.details(here.head), () -> batches.publishFinal(plan.getId()));
        assertThat(itemsOf(here.head)).noneMatch(i -> i.key().startsWith("plan:" + plan.getId() + ":"));
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        mvc.perform(get("/todo").param("lang", "en").with(user(Fixtures.details(here.inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("My to-do list")))
                .andExpect(content().string(Matchers.containsString("Hazard rectification deadline")));
        mvc.perform(get("/todo/preferences").param("lang", "en").with(user(Fixtures.details(here.inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Daily digest of what falls due")));
    }

    @Test
    void anotherDistrictsItemsNeverAppear() {
        for (User u : List.of(here.inspector, here.head, here.admin)) {
            assertThat(keysOf(itemsOf(u), elsewhere)).as(u.getUsername()).isEmpty();
        }
        for (User u : List.of(elsewhere.inspector, elsewhere.head, elsewhere.admin)) {
            assertThat(keysOf(itemsOf(u), here)).as(u.getUsername()).isEmpty();
            assertThat(keysOf(itemsOf(u), elsewhere)).as(u.getUsername()).isNotEmpty();
        }
    }

    @Test
    void theBadgeCountThePageAndTheApiAgree() throws Exception {
        int n = itemsOf(here.inspector).size();
        assertThat(n).isGreaterThanOrEqualTo(3);

        mvc.perform(get("/todo/count").with(user(Fixtures.details(here.inspector))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(n));
        mvc.perform(get("/todo").with(user(Fixtures.details(here.inspector))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(here.overdue.getNoticeNumber())))
                .andExpect(content().string(Matchers.containsString("id=\"todo-badge\"")))
                .andExpect(content().string(Matchers.containsString("/js/todo-count")));
        mvc.perform(get("/api/v1/todo").with(user(Fixtures.details(here.inspector))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(n))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[?(@.key == '" + TodoScenario.key(here.overdue, "NOTIFIED") + "')].kindText")
                        .value(Matchers.hasItem(Matchers.not(Matchers.startsWith("todo.")))));
    }

    @Test
    void theCountIsKeptForAWhileSoPagesDoNotAskEverySource() throws Exception {
        int before = fixtures.as(Fixtures.details(here.head), inbox::myCount);
        // a new item arrives: the cached count does not move until the page is opened (or the cache expires)
        Hazard h = fixtures.as(Fixtures.details(here.inspector), () -> hazards.record(new org.zhijian.hazard.domain
                .HazardDetails(here.enterprise.getId(), null, null, org.zhijian.hazard.domain.HazardLevel.MAJOR,
                "消防通道堵塞", "清理通道", "《安全生产法》第四十一条", here.today, here.today.plusDays(30), "李四")));
        fixtures.as(Fixtures.details(here.inspector), () -> hazards.perform(h.getId(), h.getVersion(),
                org.zhijian.hazard.domain.HazardAction.RECTIFY, "已整改"));
        assertThat(fixtures.as(Fixtures.details(here.head), inbox::myCount)).isEqualTo(before);
        assertThat(itemsOf(here.head)).hasSize(before + 1);
        assertThat(fixtures.as(Fixtures.details(here.head), inbox::myCount)).isEqualTo(before + 1);
    }
}
