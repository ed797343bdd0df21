package org.zhijian.hazard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;

class HazardLifecycleIntegrationTests extends PostgresIntegrationTests {

    /** The application's clock, in the bureau's zone: the suite runs with the JVM in UTC. */
    @Autowired
    Clock clock;

    @Autowired
    HazardService hazards;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    Enterprise enterprise;
    User inspector;
    User head;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
        head = fixtures.user(Role.HEAD, district.getId());
    }

    private Hazard record(LocalDate found, LocalDate deadline) {
        return fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(enterprise.getId(), null,
                null, HazardLevel.MAJOR, "配电柜前堆放杂物", "清理杂物", "《安全生产法》第四十一条", found, deadline, "张三")));
    }

    private Hazard act(User user, Long id, HazardAction action, String note) {
        return fixtures.as(Fixtures.details(user), () -> hazards.perform(id,
                hazards.get(id).getVersion(), action, note));
    }

    @Test
    void aHazardGoesThroughEveryStepAndEachIsKept() {
        Hazard h = record(LocalDate.now(clock), LocalDate.now(clock).plusDays(10));
        assertThat(h.getNoticeNumber()).matches("台市监隐改〔\\d{4}〕.+-\\d+号");
        assertThat(h.getStatus()).isEqualTo(HazardStatus.NOTIFIED);

        act(inspector, h.getId(), HazardAction.RECTIFY, "已清理,附照片");
        act(head, h.getId(), HazardAction.ACCEPT, null);
        Hazard closed = act(head, h.getId(), HazardAction.CLOSE, null);

        assertThat(closed.getStatus()).isEqualTo(HazardStatus.CLOSED);
        List<HazardStep> steps = fixtures.as(Fixtures.details(head), () -> hazards.stepsOf(h.getId()));
        assertThat(steps).extracting(HazardStep::getAction).containsExactly("RECORD", "RECTIFY", "ACCEPT", "CLOSE");
        assertThat(steps.get(1).getNote()).isEqualTo("已清理,附照片");
        assertThat(jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ? and category = 'HAZARD'",
                Long.class, enterprise.getId())).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Hazard' and entity_id = ?",
                Long.class, h.getId())).isEqualTo(4);
    }

    @Test
    void noStepCanBeSkipped() {
        Hazard h = record(LocalDate.now(clock), LocalDate.now(clock).plusDays(10));
        assertThatThrownBy(() -> act(head, h.getId(), HazardAction.ACCEPT, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> act(head, h.getId(), HazardAction.CLOSE, null))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(fixtures.as(Fixtures.details(head), () -> hazards.get(h.getId())).getStatus())
                .isEqualTo(HazardStatus.NOTIFIED);
    }

    @Test
    void aRejectionLoopsBackToNotifiedWithItsReason() {
        Hazard h = record(LocalDate.now(clock), LocalDate.now(clock).plusDays(10));
        act(inspector, h.getId(), HazardAction.RECTIFY, "第一次整改");
        Hazard rejected = act(head, h.getId(), HazardAction.REJECT, "未与排风联锁");
        assertThat(rejected.getStatus()).isEqualTo(HazardStatus.NOTIFIED);

        act(inspector, h.getId(), HazardAction.RECTIFY, "第二次整改");
        act(head, h.getId(), HazardAction.ACCEPT, null);
        List<HazardStep> steps = fixtures.as(Fixtures.details(head), () -> hazards.stepsOf(h.getId()));
        assertThat(steps).extracting(HazardStep::getAction)
                .containsExactly("RECORD", "RECTIFY", "REJECT", "RECTIFY", "ACCEPT");
        assertThat(steps.get(2).getNote()).isEqualTo("未与排风联锁");
    }

    @Test
    void inspectorsCannotAcceptTheirOwnRectification() {
        Hazard h = record(LocalDate.now(clock), LocalDate.now(clock).plusDays(10));
        act(inspector, h.getId(), HazardAction.RECTIFY, "已整改");
        assertThatThrownBy(() -> act(inspector, h.getId(), HazardAction.ACCEPT, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueHazardsEscalateOnceToTheDistrictHeadsInbox() {
        Hazard late = record(LocalDate.now(clock).minusDays(20), LocalDate.now(clock).minusDays(1));
        Hazard onTime = record(LocalDate.now(clock), LocalDate.now(clock).plusDays(5));
        assertThat(late.isOverdueOn(LocalDate.now(clock))).isTrue();

        hazards.escalateOverdue(LocalDate.now(clock));
        hazards.escalateOverdue(LocalDate.now(clock));

        assertThat(jdbc.queryForObject("select count(*) from inbox_message where recipient_id = ? and link = ?",
                Long.class, head.getId(), "/risk/hazards/" + late.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from inbox_message where recipient_id = ? and link = ?",
                Long.class, head.getId(), "/risk/hazards/" + onTime.getId())).isZero();
        assertThat(fixtures.as(Fixtures.details(head), () -> hazards.get(late.getId())).getEscalatedAt()).isNotNull();
        var overdueList = fixtures.as(Fixtures.details(head), () -> hazards.search(
                new HazardQuery(null, enterprise.getId(), null, null, null, true),
                org.springframework.data.domain.Pageable.unpaged()));
        assertThat(overdueList.getContent()).extracting(Hazard::getId).containsExactly(late.getId());
    }

    @Test
    void anotherDistrictCannotSeeOrActOnTheHazard() {
        Hazard h = record(LocalDate.now(clock), LocalDate.now(clock).plusDays(10));
        // An inspector, whom the role matrix lets record a rectification: only the district stops them
        User stranger = fixtures.user(Role.INSPECTOR, fixtures.district().getId());
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(stranger), () -> hazards.get(h.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(stranger), () -> hazards.perform(h.getId(), 0,
                HazardAction.RECTIFY, "x"))).isInstanceOf(NotFoundException.class);
    }
}
