package org.zhijian.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardAction;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * A district whose records wait for its people, made through the modules' own services: an overdue
 * hazard, one due in three days, one far off that was reported rectified, a failed batch whose
 * notification is due in five days and a licence expiring in 29 days; and the same district's
 * inspector, head and admin (with e-mail addresses).
 */
class TodoScenario {

    final District district;
    final Enterprise enterprise;
    final User inspector;
    final User secondInspector;
    final User head;
    final User admin;
    final Hazard overdue;
    final Hazard dueSoon;
    final Hazard rectified;
    final SamplingBatch failedBatch;
    final ProductionLicence expiring;
    final LocalDate today;

    TodoScenario(Fixtures fixtures, HazardService hazards, BatchService batches, SpotCheckTestData data, Clock clock,
                 JdbcTemplate jdbc) {
        today = LocalDate.now(clock);
        district = fixtures.district();
        enterprise = fixtures.enterprise(district.getId());
        inspector = withEmail(jdbc, fixtures.user(Role.INSPECTOR, district.getId()));
        secondInspector = fixtures.user(Role.INSPECTOR, district.getId());
        head = withEmail(jdbc, fixtures.user(Role.HEAD, district.getId()));
        admin = withEmail(jdbc, fixtures.user(Role.ADMIN, district.getId()));
        var asInspector = Fixtures.details(inspector);
        overdue = fixtures.as(asInspector, () -> hazards.record(hazard(today.minusDays(20), today.minusDays(1))));
        dueSoon = fixtures.as(asInspector, () -> hazards.record(hazard(today, today.plusDays(3))));
        Hazard far = fixtures.as(asInspector, () -> hazards.record(hazard(today, today.plusDays(40))));
        rectified = fixtures.as(asInspector, () -> hazards.perform(far.getId(), far.getVersion(), HazardAction.RECTIFY,
                "已整改"));
        ProductCategory panel = data.woodPanel();
        failedBatch = fixtures.as(asInspector, () -> batches.record(
                data.sampling(enterprise, panel, inspector, secondInspector, today.minusDays(6)), today.minusDays(5),
                "BG" + Fixtures.next(), data.results(panel, "0.50")));
        expiring = fixtures.licence(enterprise, today.minusYears(5).plusDays(30));
    }

    private HazardDetails hazard(LocalDate found, LocalDate deadline) {
        return new HazardDetails(enterprise.getId(), null, null, HazardLevel.MAJOR, "配电柜前堆放杂物", "清理杂物",
                "《安全生产法》第四十一条", found, deadline, "张三");
    }

    static String emailOf(User u) {
        return u.getUsername() + "@test.zhijian.invalid";
    }

    private static User withEmail(JdbcTemplate jdbc, User u) {
        jdbc.update("update app_user set email = ? where id = ?", emailOf(u), u.getId());
        return u;
    }

    static String key(Hazard h, String status) {
        return "hazard:" + h.getId() + ":" + status;
    }
}
