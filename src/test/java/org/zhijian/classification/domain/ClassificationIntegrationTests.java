package org.zhijian.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.licence.domain.LicenceChanged;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;

class ClassificationIntegrationTests extends PostgresIntegrationTests {

    /** The application's clock, in the bureau's zone: the suite runs with the JVM in UTC. */
    @Autowired
    Clock clock;

    @Autowired
    ClassificationService classification;

    @Autowired
    HazardService hazards;

    @Autowired
    org.zhijian.licence.domain.LicenceService licences;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    Enterprise enterprise;
    User admin;
    User inspector;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId(), Industry.OTHER);
        fixtures.licence(enterprise, LocalDate.now(clock).minusYears(1));
        admin = fixtures.user(Role.ADMIN, district.getId());
        inspector = fixtures.user(Role.INSPECTOR, district.getId());
    }

    private EnterpriseClass current() {
        return fixtures.as(Fixtures.details(admin), () -> classification.get(enterprise.getId()));
    }

    @Test
    void aLicensedEnterpriseIsClassifiedAndAnUnlicensedOneIsNot() {
        classification.recompute(enterprise.getId());
        assertThat(current().effectiveClass()).isEqualTo(SupervisionClass.A);
        assertThat(current().getNextDueOn()).isEqualTo(LocalDate.now(clock).plusMonths(24));

        Enterprise unlicensed = fixtures.enterprise(district.getId());
        assertThat(classification.recompute(unlicensed.getId())).isEmpty();
    }

    @Test
    void anOpenMajorHazardAndAViolationRecomputeTheClassAtOnce() {
        classification.recompute(enterprise.getId());
        fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(enterprise.getId(), null, null,
                HazardLevel.MAJOR, "隐患", "整改", "依据", LocalDate.now(clock), LocalDate.now(clock).plusDays(5), "张三")));
        assertThat(current().getScore()).isEqualTo(20);
        assertThat(current().effectiveClass()).isEqualTo(SupervisionClass.B);

        fixtures.as(Fixtures.details(inspector), () -> classification.recordIncident(enterprise.getId(),
                IncidentKind.VIOLATION, LocalDate.now(clock).minusDays(3), "生产不合格产品"));
        assertThat(current().getScore()).isEqualTo(35);
        assertThat(classification.factorsOf(current())).extracting(Classification.Factor::points)
                .containsExactly(0, 0, 20, 0, 0, 15, 0);
    }

    @Test
    void aLicenceSuspensionMovesTheClassInTheSameTransaction() {
        Enterprise other = fixtures.enterprise(district.getId(), Industry.OTHER);
        var licence = fixtures.licence(other, LocalDate.now(clock).minusYears(1));
        EnterpriseClass before = fixtures.as(Fixtures.details(admin), () -> classification.get(other.getId()));
        assertThat(before.getScore()).as("classified as soon as licensed").isZero();

        fixtures.asSystemAdmin(() -> licences.transition(licence.getId(), licence.getVersion(),
                org.zhijian.licence.domain.LicenceStatus.SUSPENDED, "抽查不合格", "条例第四十八条"));

        EnterpriseClass after = fixtures.as(Fixtures.details(admin), () -> classification.get(other.getId()));
        assertThat(after.getScore()).isEqualTo(20);
        assertThat(after.effectiveClass()).isEqualTo(SupervisionClass.B);
    }

    @Test
    void theLicenceChangedEventIsWhatRecomputesTheClassJustBeforeItsTransactionCommits() {
        Enterprise other = fixtures.enterprise(district.getId(), Industry.OTHER);
        var licence = fixtures.licence(other, LocalDate.now(clock).minusYears(1));
        String score = "select score from enterprise_class where enterprise_id = ?";
        // suspended behind the application's back: only the event can tell classification
        jdbc.update("update production_licence set status = 'SUSPENDED' where id = ?", licence.getId());
        assertThat(jdbc.queryForObject(score, Integer.class, other.getId())).isZero();

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new LicenceChanged(licence.getId(), other.getId()));
            assertThat(jdbc.queryForObject(score, Integer.class, other.getId()))
                    .as("recomputed just before commit, not at publication").isZero();
        });

        assertThat(jdbc.queryForObject(score, Integer.class, other.getId())).isEqualTo(20);
    }

    @Test
    void aTransactionChangingSeveralLicencesOfOneEnterpriseRecomputesItOnceBeforeCommit() {
        Enterprise other = fixtures.enterprise(district.getId(), Industry.OTHER);
        var licence = fixtures.licence(other, LocalDate.now(clock).minusYears(1));
        var second = fixtures.licence(other, LocalDate.now(clock).minusYears(2));
        String version = "select version from enterprise_class where enterprise_id = ?";
        String score = "select score from enterprise_class where enterprise_id = ?";
        long before = jdbc.queryForObject(version, Long.class, other.getId());
        jdbc.update("update production_licence set status = 'SUSPENDED' where id = ?", licence.getId());

        // rolled back: no recomputation, and nothing left waiting for the next transaction
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new LicenceChanged(licence.getId(), other.getId()));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(score, Integer.class, other.getId())).isZero();

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new LicenceChanged(licence.getId(), other.getId()));
            events.publishEvent(new LicenceChanged(second.getId(), other.getId()));
            events.publishEvent(new LicenceChanged(licence.getId(), other.getId()));
        });

        assertThat(jdbc.queryForObject(score, Integer.class, other.getId())).isEqualTo(20);
        assertThat(jdbc.queryForObject(version, Long.class, other.getId()))
                .as("one recomputation (each one stamps computed_at), not one per event").isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'EnterpriseClass' "
                + "and action = 'RECOMPUTE' and entity_id = (select id from enterprise_class where enterprise_id = ?)",
                Long.class, other.getId())).isOne();
    }

    @Test
    void anOverrideNeedsAReasonAndShowsBesideTheComputedClass() {
        classification.recompute(enterprise.getId());
        long version = current().getVersion();
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(admin), () -> classification.override(
                enterprise.getId(), version, SupervisionClass.D, " "))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> fixtures.as(Fixtures.details(inspector), () -> classification.override(
                enterprise.getId(), version, SupervisionClass.D, "x"))).isInstanceOf(AccessDeniedException.class);

        fixtures.as(Fixtures.details(admin), () -> classification.override(enterprise.getId(), version,
                SupervisionClass.D, "群众举报集中,提级监管"));
        EnterpriseClass c = current();
        assertThat(c.getComputedClass()).isEqualTo(SupervisionClass.A);
        assertThat(c.effectiveClass()).isEqualTo(SupervisionClass.D);
        assertThat(c.getOverrideReason()).isEqualTo("群众举报集中,提级监管");
        assertThat(c.getOverriddenBy()).isEqualTo(admin.getUsername());
        assertThat(c.getNextDueOn()).isEqualTo(c.getCreatedOn().plusMonths(3));

        classification.recompute(enterprise.getId());
        assertThat(current().effectiveClass()).as("a recomputation keeps the override").isEqualTo(SupervisionClass.D);

        fixtures.as(Fixtures.details(admin), () -> classification.override(enterprise.getId(), current().getVersion(),
                null, null));
        assertThat(current().effectiveClass()).isEqualTo(SupervisionClass.A);
    }

    @Test
    void theDueListShowsEnterprisesWhoseInspectionFallsDue() {
        classification.recompute(enterprise.getId());
        fixtures.as(Fixtures.details(admin), () -> classification.override(enterprise.getId(), current().getVersion(),
                SupervisionClass.D, "测试"));
        fixtures.as(Fixtures.details(inspector), () -> classification.recordInspection(enterprise.getId(),
                current().getVersion(), LocalDate.now(clock).minusMonths(4)));

        var due = fixtures.as(Fixtures.details(inspector), () -> classification.dueForInspection(null, 0,
                Pageable.unpaged()));
        assertThat(due.getContent()).extracting(c -> c.getEnterprise().getId()).contains(enterprise.getId());

        fixtures.as(Fixtures.details(inspector), () -> classification.recordInspection(enterprise.getId(),
                current().getVersion(), LocalDate.now(clock)));
        var after = fixtures.as(Fixtures.details(inspector), () -> classification.dueForInspection(null, 0,
                Pageable.unpaged()));
        assertThat(after.getContent()).extracting(c -> c.getEnterprise().getId()).doesNotContain(enterprise.getId());
    }
}
