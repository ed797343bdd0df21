package org.zhijian.credit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.domain.BatchFailedFinally;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.ZhijianUserDetails;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/** The credit record's other lines (a final spot-check failure, a rectification done) and the heads' to-do items. */
class CreditRecordIntegrationTests extends PostgresIntegrationTests {

    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired CreditService credit;
    @Autowired ListingService listings;
    @Autowired HazardService hazards;
    @Autowired List<TodoSource> todoSources;

    District district;
    Enterprise enterprise;
    ZhijianUserDetails head;
    ZhijianUserDetails inspector;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        head = Fixtures.details(fixtures.user(Role.HEAD, district.getId()));
        inspector = Fixtures.details(fixtures.user(Role.INSPECTOR, district.getId()));
    }

    private List<CreditEntryKind> kinds() {
        return fixtures.as(head, () -> credit.recordOf(enterprise.getId())).stream().map(CreditEntry::getKind).toList();
    }

    @Test
    void aFinalSpotCheckFailureGoesOnTheRecordOnce() {
        BatchFailedFinally failed = new BatchFailedFinally(Long.valueOf(Fixtures.next()) + 800_000_000L,
                enterprise.getId(), district.getId(), "CJ2026-" + Fixtures.next(), today);
        for (int i = 0; i < 2; i++) {
            fixtures.as(inspector, () -> tx.execute(s -> {
                events.publishEvent(failed);
                return null;
            }));
        }
        assertThat(kinds()).containsExactly(CreditEntryKind.FAILED_SPOT_CHECK);
        assertThat(fixtures.as(head, () -> credit.recordOf(enterprise.getId())).get(0).getReference())
                .isEqualTo(failed.formNumber());
    }

    @Test
    void anAcceptedRectificationGoesOnTheRecord() {
        Hazard h = fixtures.as(inspector, () -> hazards.record(new HazardDetails(enterprise.getId(), null, null,
                HazardLevel.GENERAL, "配电柜前堆放杂物", "清理杂物", "《安全生产法》第四十一条", today, today.plusDays(10),
                "张三")));
        fixtures.as(inspector, () -> hazards.perform(h.getId(), hazards.get(h.getId()).getVersion(),
                HazardAction.RECTIFY, "已清理"));
        assertThat(kinds()).isEmpty();
        fixtures.as(head, () -> hazards.perform(h.getId(), hazards.get(h.getId()).getVersion(),
                HazardAction.ACCEPT, "验收合格"));
        fixtures.as(head, () -> hazards.perform(h.getId(), hazards.get(h.getId()).getVersion(),
                HazardAction.CLOSE, "销号"));
        assertThat(kinds()).containsExactly(CreditEntryKind.RECTIFICATION);
    }

    @Test
    void headsFindProposalsToDecideInTheirDistrictOnly() {
        Long id = fixtures.as(inspector, () -> listings.propose(enterprise.getId(), "严重违法")).getId();
        fixtures.as(inspector, () -> listings.perform(id, 0, ListingAction.NOTIFY, ListingInput.note(null)));
        ZhijianUserDetails otherHead = Fixtures.details(fixtures.user(Role.HEAD, fixtures.district().getId()));
        assertThat(items(head)).extracting(TodoItem::href).contains("/credit/listings/" + id);
        assertThat(items(otherHead)).extracting(TodoItem::href).doesNotContain("/credit/listings/" + id);
        assertThat(items(inspector)).extracting(TodoItem::href).as("noticed: nothing left for the officer")
                .doesNotContain("/credit/listings/" + id);
    }

    private List<TodoItem> items(ZhijianUserDetails user) {
        return todoSources.stream().flatMap(s -> s.waitingFor(user.scope()).stream()).toList();
    }
}
