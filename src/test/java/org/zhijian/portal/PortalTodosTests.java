package org.zhijian.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.portal.domain.EvidenceService;
import org.zhijian.portal.domain.ObjectionService;
import org.zhijian.portal.domain.EvidenceSubject;
import org.zhijian.portal.domain.EvidenceSubmission;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.system.security.Role;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** What the enterprise side puts in the inbox: the enterprise's windows and deadlines, the inspector's reviews. */
class PortalTodosTests extends PostgresIntegrationTests {

    @Autowired List<TodoSource> sources;
    @Autowired SpotCheckTestData data;
    @Autowired BatchService batches;
    @Autowired HazardService hazards;
    @Autowired EvidenceService evidence;
    @Autowired ObjectionService objections;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void theEnterpriseSeesItsWindowsAndTheInspectorTheEvidenceToReview() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise e = fixtures.enterprise(district, Industry.WOOD_PANEL);
        User officer = fixtures.enterpriseUser(e);
        User inspector = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        User stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        ProductCategory product = data.woodPanel();
        LocalDate today = batches.today();
        SamplingBatch b = fixtures.as(Fixtures.details(inspector), () -> batches.record(data.sampling(e, product,
                inspector, second, today.minusDays(10)), today.minusDays(6), "BG", data.results(product, "0.3")));
        fixtures.as(Fixtures.details(inspector), () -> batches.advance(b.getId(), b.getVersion(), new StepCommand(
                PostProcessingAction.NOTIFY, today.minusDays(1), null, null, null, null)));
        Long hazardId = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(e.getId(), null,
                null, HazardLevel.GENERAL, "灭火器过期", "更换", "消防法", today, today.plusDays(5), "赵六"))).getId();
        Long evidenceId = fixtures.as(Fixtures.details(officer), () -> evidence.submit(new EvidenceSubmission(
                EvidenceSubject.HAZARD, hazardId, "a.png", "image/png", PortalActionsTests.PNG, null))).getId();

        List<TodoItem> mine = fixtures.as(Fixtures.details(officer), () -> items(Fixtures.details(officer).scope()));
        assertThat(mine).extracting(TodoItem::key).contains("batch:" + b.getId() + ":objection",
                "hazard:" + hazardId + ":evidence");
        assertThat(mine).filteredOn(i -> i.key().equals("batch:" + b.getId() + ":objection")).singleElement()
                .satisfies(i -> assertThat(i.dueOn()).isEqualTo(today.plusDays(14)));
        // and the enterprise side's home page lists them (the bureau's /todo is not its door)
        String evidenceHref = mine.stream().filter(i -> i.key().equals("hazard:" + hazardId + ":evidence"))
                .findFirst().orElseThrow().href();
        mvc.perform(get("/portal").with(user(Fixtures.details(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"portal-todo\"")))
                .andExpect(content().string(containsString("href=\"" + evidenceHref + "\"")));

        assertThat(items(Fixtures.details(inspector).scope())).extracting(TodoItem::key)
                .contains("evidence:" + evidenceId + ":review");
        assertThat(items(Fixtures.details(stranger).scope())).extracting(TodoItem::key)
                .doesNotContain("evidence:" + evidenceId + ":review");

        // the enterprise's re-test request waits for the inspector at once, once, and for nobody elsewhere
        fixtures.as(Fixtures.details(officer), () -> objections.request(b.getId(), "对甲醛释放量检验结果有异议"));
        String batchKey = "batch:" + b.getId() + ":";
        assertThat(items(Fixtures.details(inspector).scope())).filteredOn(i -> i.key().startsWith(batchKey))
                .singleElement().satisfies(i -> {
                    assertThat(i.key()).isIn(batchKey + "retestRequested", batchKey + "RETEST_REQUESTED");
                    assertThat(i.href()).isEqualTo("/spotchecks/batches/" + b.getId());
                });
        assertThat(items(Fixtures.details(stranger).scope())).noneMatch(i -> i.key().startsWith(batchKey));
    }

    private List<TodoItem> items(org.zhijian.system.security.AccessScope scope) {
        return sources.stream().flatMap(s -> s.waitingFor(scope).stream()).toList();
    }
}
