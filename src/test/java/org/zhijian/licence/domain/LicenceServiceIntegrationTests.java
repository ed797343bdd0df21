package org.zhijian.licence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.support.PostgresIntegrationTests;
import org.zhijian.system.BusinessRuleException;

class LicenceServiceIntegrationTests extends PostgresIntegrationTests {

    /** The application's clock, in the bureau's zone: the suite runs with the JVM in UTC. */
    @Autowired
    Clock clock;

    @Autowired
    LicenceService service;

    @Autowired
    JdbcTemplate jdbc;

    District district;
    Enterprise enterprise;

    @BeforeEach
    void setUp() {
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
    }

    @Test
    void expiryDefaultsToFiveYears() {
        ProductionLicence l = fixtures.licence(enterprise, LocalDate.of(2024, 3, 15));
        assertThat(l.getExpiresOn()).isEqualTo(LocalDate.of(2029, 3, 14));
        assertThat(service.renewalDueOn(l)).isEqualTo(LocalDate.of(2028, 9, 14));
    }

    @Test
    void transitionsAreRecordedAuditedAndOnTheTimeline() {
        ProductionLicence l = fixtures.licence(enterprise, LocalDate.now(clock).minusYears(1));
        fixtures.asSystemAdmin(() -> service.transition(l.getId(), l.getVersion(), LicenceStatus.SUSPENDED,
                "抽查不合格", "《工业产品生产许可证管理条例》第四十八条"));

        assertThat(jdbc.queryForObject("select status from production_licence where id = ?", String.class, l.getId()))
                .isEqualTo("SUSPENDED");
        assertThat(jdbc.queryForMap("select from_status, to_status, reason, legal_basis, actor from licence_transition "
                + "where licence_id = ?", l.getId()))
                .containsEntry("from_status", "VALID").containsEntry("to_status", "SUSPENDED")
                .containsEntry("reason", "抽查不合格").containsEntry("actor", "fixture-admin");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'ProductionLicence' "
                + "and entity_id = ? and action = 'TRANSITION'", Long.class, l.getId())).isOne();
        assertThat(jdbc.queryForObject("select count(*) from archive_entry where enterprise_id = ? "
                + "and message_code = 'archive.licence.transition'", Long.class, enterprise.getId())).isOne();
    }

    @Test
    void aForbiddenTransitionChangesNothing() {
        ProductionLicence l = fixtures.licence(enterprise, LocalDate.now(clock).minusYears(1));
        ProductionLicence revoked = fixtures.asSystemAdmin(() -> service.transition(l.getId(), l.getVersion(),
                LicenceStatus.REVOKED, "欺骗取得", "《行政许可法》第六十九条"));
        assertThatThrownBy(() -> fixtures.asSystemAdmin(() -> service.transition(l.getId(), revoked.getVersion(),
                LicenceStatus.VALID, "恢复", "无")))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForObject("select count(*) from licence_transition where licence_id = ?", Long.class,
                l.getId())).isOne();
    }

    @Test
    void theDailyJobMarksLapsedLicencesExpiredAndOnlyThose() {
        ProductionLicence lapsed = fixtures.licence(enterprise, LocalDate.now(clock).minusYears(5).minusDays(10));
        ProductionLicence current = fixtures.licence(enterprise, LocalDate.now(clock).minusYears(2));

        int marked = service.markExpired(LocalDate.now(clock), "有效期届满", "条例第二十九条");

        assertThat(marked).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select status from production_licence where id = ?", String.class,
                lapsed.getId())).isEqualTo("EXPIRED");
        assertThat(jdbc.queryForObject("select status from production_licence where id = ?", String.class,
                current.getId())).isEqualTo("VALID");
        assertThat(jdbc.queryForObject("select actor from licence_transition where licence_id = ?", String.class,
                lapsed.getId())).isEqualTo("system");
        assertThat(service.markExpired(LocalDate.now(clock), "有效期届满", "条例第二十九条")).isZero();
    }

    @Test
    void expiringAndRenewalListsUseTheirWindows() {
        ProductionLicence in60Days = fixtures.licence(enterprise, LocalDate.now(clock).plusDays(61).minusYears(5));
        ProductionLicence in5Months = fixtures.licence(enterprise, LocalDate.now(clock).plusMonths(5).minusYears(5));
        ProductionLicence in2Years = fixtures.licence(enterprise, LocalDate.now(clock).minusYears(3));

        var expiring = fixtures.asSystemAdmin(() -> service.expiringWithin(90, district.getId(),
                PageRequest.of(0, 100)));
        assertThat(expiring.getContent()).extracting(ProductionLicence::getId)
                .contains(in60Days.getId()).doesNotContain(in5Months.getId(), in2Years.getId());
        var renewals = fixtures.asSystemAdmin(() -> service.renewalsDue(district.getId(), PageRequest.of(0, 100)));
        assertThat(renewals.getContent()).extracting(ProductionLicence::getId)
                .contains(in60Days.getId(), in5Months.getId()).doesNotContain(in2Years.getId());
    }
}
