package org.zhijian.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.Fixtures;

/**
 * A small city whose figures are worked out by hand in the tests (see each
 * assertion). Two districts A and B, one product P of our own (so the product
 * filter isolates us from other tests' data), in {@link #YEAR} and the year before:
 * <pre>
 *              YEAR (final)     YEAR-1 (final)
 *   A, P       28 of 40 pass    38 of 40 pass   + 1 failed batch still in its objection window (not final)
 *   B, P       39 of 40 pass    39 of 40 pass
 * </pre>
 * A plan of YEAR (CITY level, product P) plans 50 batches in A and 40 in B; 20 of A's
 * batches are sampled under it. Rows are written with SQL so every column is exactly
 * what the hand computation assumes.
 */
final class DashboardFixture {

    static final int YEAR = 2011;

    final long districtA;
    final long districtB;
    final long product;
    final long planId;
    final List<Long> enterprisesA = new ArrayList<>();
    final List<Long> enterprisesB = new ArrayList<>();
    final User cityHead;
    final User headA;
    final User headB;
    final User inspectorA;
    long firstBatchOfA;
    /** Today in the application's zone (zhijian.time-zone), not the JVM's: the suite runs in UTC. */
    final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    private final JdbcTemplate jdbc;
    private final int seq = Fixtures.next();
    private int form;

    /** Builds the city, then recounts the dashboard's district figures and month cells. */
    DashboardFixture(Fixtures fixtures, JdbcTemplate jdbc, DistrictFigures figures, MonthCells cells) {
        this(fixtures, jdbc);
        figures.refresh();
        cells.refresh();
    }

    private DashboardFixture(Fixtures fixtures, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        districtA = fixtures.district().getId();
        districtB = fixtures.district().getId();
        cityHead = fixtures.user(Role.HEAD, null);
        headA = fixtures.user(Role.HEAD, districtA);
        headB = fixtures.user(Role.HEAD, districtB);
        inspectorA = fixtures.user(Role.INSPECTOR, districtA);
        Enterprise licensed = null;
        for (int i = 0; i < 4; i++) {
            Enterprise a = fixtures.enterprise(districtA);
            licensed = licensed == null ? a : licensed;
            enterprisesA.add(a.getId());
            enterprisesB.add(fixtures.enterprise(districtB).getId());
        }
        product = insertCategory();
        planId = insertPlan();
        batches(districtA, enterprisesA, YEAR, 40, 28, 20);
        batches(districtA, enterprisesA, YEAR - 1, 40, 38, 0);
        batches(districtB, enterprisesB, YEAR, 40, 39, 0);
        batches(districtB, enterprisesB, YEAR - 1, 40, 39, 0);
        // not final: failed, notified, objection window still open; its next step is overdue
        insertBatch(districtA, enterprisesA.get(0), LocalDate.of(YEAR, 6, 1), "FAIL", "NOTIFIED", null,
                today.plusDays(5), today.minusDays(3), null);
        // licence of A expiring in 30 days
        fixtures.licence(licensed, today.plusDays(30).minusYears(5).plusDays(1));
        // outside the compared years: a rectification order past its deadline (overdue step and order)
        insertBatch(districtA, enterprisesA.get(2), LocalDate.of(YEAR - 3, 3, 1), "FAIL", "RECTIFICATION_ORDERED", null,
                LocalDate.of(YEAR - 3, 3, 20), today.minusDays(2), today.minusDays(2));
        hazards();
        classesAndRiskPoints();
    }

    /** Enterprise A0 class C due yesterday; A1 computed B overridden to D, due next year; risk points MAJOR and LOW. */
    private void classesAndRiskPoints() {
        // recording the licence may already have classed the enterprise: our classes replace that
        jdbc.update("delete from enterprise_class where enterprise_id in (?, ?)", enterprisesA.get(0),
                enterprisesA.get(1));
        jdbc.update("insert into enterprise_class (enterprise_id, computed_class, score, factors, computed_at,"
                + " created_on, next_due_on) values (?, 'C', 40, '[]', now(), ?, ?)", enterprisesA.get(0),
                Date.valueOf(today.minusYears(1)), Date.valueOf(today.minusDays(1)));
        jdbc.update("insert into enterprise_class (enterprise_id, computed_class, score, factors, computed_at,"
                + " override_class, override_reason, overridden_by, overridden_at, created_on, next_due_on)"
                + " values (?, 'B', 20, '[]', now(), 'D', '投诉多', 'f', now(), ?, ?)", enterprisesA.get(1),
                Date.valueOf(today.minusYears(1)), Date.valueOf(today.plusYears(1)));
        for (String grade : List.of("MAJOR", "LOW")) {
            jdbc.update("insert into risk_point (enterprise_id, place_kind, place_name, hazard, controls,"
                    + " responsible_person, method, likelihood, severity, score, grade, assessed_at, created_at,"
                    + " created_by, updated_at, updated_by) values (?, 'WORKSHOP', '车间', '粉尘', '通风', '李四', 'LS',"
                    + " 5, 5, 25, ?, now(), now(), 'f', now(), 'f')", enterprisesA.get(2), grade);
        }
    }

    private long insertCategory() {
        return jdbc.queryForObject("insert into product_category (code, name, name_en, risk_class, standard,"
                + " updated_at, updated_by) values (?, ?, ?, 'HIGH', 'GB/T 0000', now(), 'fixture') returning id",
                Long.class, "DP" + seq, "看板产品" + seq, "Dashboard product " + seq);
    }

    private long insertPlan() {
        long id = jdbc.queryForObject("insert into spot_check_plan (code, title, plan_year, level, created_at,"
                + " created_by, updated_at, updated_by) values (?, ?, ?, 'CITY', now(), 'f', now(), 'f') returning id",
                Long.class, "DPLAN" + seq, "看板计划" + seq, YEAR);
        jdbc.update("insert into plan_category (plan_id, category_id) values (?, ?)", id, product);
        jdbc.update("insert into plan_quota (plan_id, district_id, planned_batches) values (?, ?, 50)", id, districtA);
        jdbc.update("insert into plan_quota (plan_id, district_id, planned_batches) values (?, ?, 40)", id, districtB);
        return id;
    }

    /** n final batches, the first {@code passed} passing, spread over the months; the first underPlan in the plan. */
    private void batches(long district, List<Long> enterprises, int year, int n, int passed, int underPlan) {
        for (int i = 0; i < n; i++) {
            boolean pass = i < passed;
            LocalDate sampled = LocalDate.of(year, i % 12 + 1, 10);
            long id = insertBatch(district, enterprises.get(i % enterprises.size()), sampled, pass ? "PASS" : "FAIL",
                    pass ? "PASSED" : "CLOSED", i < underPlan ? planId : null, sampled.plusDays(30), null, null);
            if (district == districtA && year == YEAR && i == passed) {
                firstBatchOfA = id; // a failed batch of A
            }
        }
    }

    long insertBatch(long district, long enterprise, LocalDate sampled, String verdict, String status, Long plan,
                     LocalDate objectionDeadline, LocalDate stepDue, LocalDate rectificationDeadline) {
        Timestamp now = Timestamp.from(Instant.now());
        return jdbc.queryForObject("insert into sampling_batch (form_number, plan_id, level, enterprise_id,"
                + " district_id, category_id, sample_quantity, backup_quantity, quantity_unit, sampling_date,"
                + " sampling_place, agency, initial_verdict, verdict, status, notified_on, objection_deadline,"
                + " step_due_on, rectification_deadline, created_at, created_by, updated_at, updated_by)"
                + " values (?, ?, 'CITY', ?, ?, ?, 2, 2, '件', ?, '仓库', '检验所', ?, ?, ?, ?, ?, ?, ?, ?, 'f', ?, 'f')"
                + " returning id", Long.class,
                "DB" + seq + "-" + (++form), plan, enterprise, district, product, Date.valueOf(sampled), verdict,
                verdict, status, "PASS".equals(verdict) ? null : Date.valueOf(sampled.plusDays(5)),
                objectionDeadline == null ? null : Date.valueOf(objectionDeadline),
                stepDue == null ? null : Date.valueOf(stepDue),
                rectificationDeadline == null ? null : Date.valueOf(rectificationDeadline), now, now);
    }

    /** Five open hazards found 3 days ago in A (a cluster), two of them overdue; one closed one. */
    private void hazards() {
        for (int i = 0; i < 6; i++) {
            String status = i == 5 ? "CLOSED" : "NOTIFIED";
            LocalDate deadline = i < 2 ? today.minusDays(1) : today.plusDays(20);
            jdbc.update("insert into hazard (notice_number, enterprise_id, level, description, requirement,"
                    + " legal_basis, found_on, deadline, responsible_person, status, created_at, created_by,"
                    + " updated_at, updated_by) values (?, ?, ?, '消防通道堵塞', '清理', '安全生产法', ?, ?, '张三', ?,"
                    + " now(), 'f', now(), 'f')", "DH" + seq + "-" + i, enterprisesA.get(i % 4),
                    i == 0 ? "MAJOR" : "GENERAL", Date.valueOf(today.minusDays(3)),
                    Date.valueOf(deadline), status);
        }
    }
}
