package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.dashboard.domain.DashboardFilter;
import org.zhijian.dashboard.domain.DashboardService;
import org.zhijian.dashboard.domain.DashboardView;
import org.zhijian.dashboard.domain.DashboardView.DistrictRow;
import org.zhijian.dashboard.domain.EarlyWarning;
import org.zhijian.system.NotFoundException;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.support.Fixtures;
import org.zhijian.support.PostgresIntegrationTests;

/** Every dashboard figure against the hand-computed values of {@link DashboardFixture}. */
class DashboardServiceIntegrationTests extends PostgresIntegrationTests {

    private static DashboardFixture city;

    @Autowired
    DashboardService dashboards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictFigures figures;
    @Autowired
    MonthCells cells;

    @BeforeEach
    void fixture() {
        if (city == null) {
            city = new DashboardFixture(fixtures, jdbc, figures, cells);
        }
    }

    private DashboardFilter yearOfProduct() {
        return DashboardFilter.year(DashboardFixture.YEAR).withCategory(city.product);
    }

    private DashboardView cityView() {
        return fixtures.as(Fixtures.details(city.cityHead), () -> dashboards.city(yearOfProduct()));
    }

    private static DistrictRow row(DashboardView v, long districtId) {
        return v.districts().stream().filter(d -> d.id() == districtId).findFirst().orElseThrow();
    }

    @Test
    void cityRateWithIntervalAndChangeInPoints() {
        DashboardView v = cityView();
        // 28 + 39 of 80 final batches passed; a year earlier 38 + 39 of 80
        assertThat(v.rate().batches()).isEqualTo(80);
        assertThat(v.rate().passed()).isEqualTo(67);
        assertThat(v.rate().percent()).isEqualByComparingTo("83.8");
        assertThat(v.rate().previous().percent()).isEqualByComparingTo("96.3");
        // (67/80 - 77/80) x 100 = -12.5 points
        assertThat(v.rate().changePoints()).isEqualByComparingTo("-12.5");
        // Wilson 95 % for 67 of 80: 0.74157 .. 0.90250
        assertThat(v.rate().lowerPercent()).isEqualByComparingTo("74.2");
        assertThat(v.rate().interval().upper()).isBetween(0.9024, 0.9026);
    }

    @Test
    void aPeriodOfPartMonthsIsAggregatedFromTheBatchesToTheSameFigures() {
        // every fixture batch is sampled on the 10th: 2 January .. 31 December holds the same batches
        var partial = new DashboardFilter(LocalDate.of(DashboardFixture.YEAR, 1, 2),
                LocalDate.of(DashboardFixture.YEAR, 12, 31), null, city.product, null);
        DashboardView v = fixtures.as(Fixtures.details(city.cityHead), () -> dashboards.city(partial));
        assertThat(v.rate().passed()).isEqualTo(67);
        assertThat(v.rate().batches()).isEqualTo(80);
        assertThat(v.rate().changePoints()).isEqualByComparingTo("-12.5");
        assertThat(row(v, city.districtA).flagged()).isTrue();
    }

    @Test
    void aChangedBatchIsRecountedAtTheNextRefresh() {
        long extra = city.insertBatch(city.districtB, city.enterprisesB.get(0), LocalDate.of(DashboardFixture.YEAR - 5,
                4, 10), "PASS", "PASSED", null, null, null, null);
        DashboardFilter april = new DashboardFilter(LocalDate.of(DashboardFixture.YEAR - 5, 4, 1),
                LocalDate.of(DashboardFixture.YEAR - 5, 4, 30), null, city.product, null);
        cells.refresh();
        DashboardView v = fixtures.as(Fixtures.details(city.cityHead), () -> dashboards.city(april));
        assertThat(v.rate().batches()).isEqualTo(1);
        jdbc.update("update sampling_batch set verdict = 'FAIL', initial_verdict = 'FAIL', status = 'CLOSED',"
                + " objection_deadline = ?, updated_at = now() where id = ?", java.sql.Date.valueOf(
                LocalDate.of(DashboardFixture.YEAR - 5, 5, 1)), extra);
        cells.refresh();
        DashboardView after = fixtures.as(Fixtures.details(city.cityHead), () -> dashboards.city(april));
        assertThat(after.rate().passed()).isZero();
        assertThat(after.rate().batches()).isEqualTo(1);
    }

    @Test
    void districtWhoseIntervalLiesWhollyBelowTheCityIsFlagged() {
        DashboardView v = cityView();
        DistrictRow a = row(v, city.districtA);
        DistrictRow b = row(v, city.districtB);
        // A: 28 of 40, Wilson 54.6 .. 81.9, wholly below the city's 83.75 %
        assertThat(a.rate().percent()).isEqualByComparingTo("70.0");
        assertThat(a.rate().lowerPercent()).isEqualByComparingTo("54.6");
        assertThat(a.rate().upperPercent()).isEqualByComparingTo("81.9");
        assertThat(a.rate().changePoints()).isEqualByComparingTo("-25.0");
        assertThat(a.flagged()).isTrue();
        // B: 39 of 40, Wilson 87.1 .. 99.6, above
        assertThat(b.rate().percent()).isEqualByComparingTo("97.5");
        assertThat(b.rate().changePoints()).isEqualByComparingTo("0.0");
        assertThat(b.flagged()).isFalse();
    }

    @Test
    void planProgressCountsBatchesUnderPlansAgainstTheQuota() {
        DashboardView v = cityView();
        assertThat(row(v, city.districtA).plan()).isEqualTo(new DashboardView.Plan(41, 20, 50));
        assertThat(row(v, city.districtB).plan()).isEqualTo(new DashboardView.Plan(40, 0, 40));
        assertThat(v.plan().done()).isEqualTo(20);
        assertThat(v.plan().sampled()).isEqualTo(81);
    }

    @Test
    void productsFailingMostAndTheHeatMapCell() {
        DashboardView v = cityView();
        var p = v.failingProducts().get(0);
        assertThat(p.id()).isEqualTo(city.product);
        assertThat(p.rate().failed()).isEqualTo(13);
        assertThat(p.byDistrict().get(city.districtA).percent()).isEqualByComparingTo("70.0");
        assertThat(p.byDistrict().get(city.districtB).percent()).isEqualByComparingTo("97.5");
    }

    @Test
    void monthlyTrendAgainstTheSameMonthLastYear() {
        DashboardView v = cityView();
        assertThat(v.trend()).hasSize(12);
        // batches i = 0..39 fall in month i % 12 + 1: March has i = 2, 14, 26, 38 per district and year.
        // A fails i >= 28 -> i = 38 fails in YEAR; A fails i >= 38 a year earlier -> i = 38 fails too
        var march = v.trend().get(2);
        assertThat(march.month()).isEqualTo(YearMonth.of(DashboardFixture.YEAR, 3));
        assertThat(march.rate().batches()).isEqualTo(8);
        assertThat(march.rate().passed()).isEqualTo(7);
        assertThat(march.yearEarlier().passed()).isEqualTo(7);
        // May: i = 4, 16, 28; A fails i = 28 in YEAR only
        var may = v.trend().get(4);
        assertThat(may.rate().passed()).isEqualTo(5);
        assertThat(may.yearEarlier().passed()).isEqualTo(6);
    }

    @Test
    void theUnfilteredDashboardsWarningsBecomeRiskInformationSignalsOnce() {
        DashboardFilter year = DashboardFilter.year(DashboardFixture.YEAR);
        fixtures.as(Fixtures.details(city.cityHead), () -> dashboards.city(year));
        fixtures.as(Fixtures.details(city.cityHead), () -> dashboards.district(city.districtA, year));
        assertThat(jdbc.queryForObject("select count(*) from risk_information where source = 'SIGNAL' "
                + "and status = 'RECEIVED' and district_id = ? and signal_key like 'warning:HAZARD_CLUSTER:%'",
                Long.class, city.districtA)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select summary from risk_information where district_id = ? "
                + "and signal_key like 'warning:HAZARD_CLUSTER:%'", String.class, city.districtA))
                .contains("电线电缆").contains("5");
    }

    @Test
    void earlyWarningsForTheDroppedDistrictAndTheHazardCluster() {
        DashboardView v = cityView();
        // A: 28/40 now (54.6 .. 81.9) against 38/40 (83.5 .. 98.6): no overlap
        assertThat(v.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(EarlyWarning.Kind.DISTRICT_DROP);
            assertThat(w.subjectId()).isEqualTo(city.districtA);
        });
        // B unchanged; the product overall (74.2 .. 90.3 against 89.5 .. 98.7) overlaps: no warning
        assertThat(v.warnings()).noneMatch(w -> w.subjectId() == city.districtB
                && w.kind() == EarlyWarning.Kind.DISTRICT_DROP);
        assertThat(v.warnings()).noneMatch(w -> w.kind() == EarlyWarning.Kind.PRODUCT_DROP
                && w.subjectId() == city.product);
        // five hazards open, found 3 days ago in A, wire and cable: a cluster of 5 (threshold 5, 30 days)
        assertThat(v.warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(EarlyWarning.Kind.HAZARD_CLUSTER);
            assertThat(w.districtId()).isEqualTo(city.districtA);
            assertThat(w.hazards()).isEqualTo(5);
            assertThat(w.industry()).isEqualTo("WIRE_CABLE");
        });
    }

    @Test
    void districtBacklogAndRiskFigures() {
        DashboardView v = fixtures.as(Fixtures.details(city.headA), () -> dashboards.city(yearOfProduct()));
        assertThat(v.districtId()).isEqualTo(city.districtA);
        assertThat(v.backlog().overdueSteps()).isEqualTo(2);
        assertThat(v.backlog().overdueRectifications()).isEqualTo(1);
        assertThat(v.backlog().licencesExpiring()).isEqualTo(1);
        assertThat(v.risk().openHazardsByLevel()).isEqualTo(Map.of("GENERAL", 4L, "MAJOR", 1L));
        assertThat(v.risk().overdueHazardsByLevel()).isEqualTo(Map.of("GENERAL", 1L, "MAJOR", 1L));
        assertThat(v.risk().enterprisesByClass()).isEqualTo(Map.of("C", 1L, "D", 1L));
        assertThat(v.risk().dueByClass()).isEqualTo(Map.of("C", 1L));
        assertThat(v.risk().riskPointsByGrade()).isEqualTo(Map.of("LOW", 1L, "MAJOR", 1L));
        // a district head is not shown the city's rate
        assertThat(v.cityRate()).isNull();
    }

    @Test
    void aDistrictHeadOnlyEverGetsTheirOwnDistrict() {
        var headA = Fixtures.details(city.headA);
        DashboardView v = fixtures.as(headA, () -> dashboards.city(yearOfProduct()));
        assertThat(v.districts()).extracting(DistrictRow::id).containsExactly(city.districtA);
        assertThatThrownBy(() -> fixtures.as(headA, () -> dashboards.district(city.districtB, yearOfProduct())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(headA, () -> dashboards.batches(city.enterprisesB.get(0),
                yearOfProduct()))).isInstanceOf(NotFoundException.class);
        // asking for B's enterprises by filter still gives A's
        var rows = fixtures.as(headA, () -> dashboards.enterprises(yearOfProduct().withDistrict(city.districtB)));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.districtId()).isEqualTo(city.districtA));
    }

    @Test
    void drillDownFromProductToEnterpriseToBatch() {
        var head = Fixtures.details(city.cityHead);
        var rows = fixtures.as(head, () -> dashboards.enterprises(yearOfProduct().withDistrict(city.districtA)));
        // A's 40 final batches over 4 enterprises, 10 each; fails i = 28..39 -> enterprises i % 4 get 3 each
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).failed()).isEqualTo(3);
        var batches = fixtures.as(head, () -> dashboards.batches(rows.get(0).enterpriseId(), yearOfProduct()));
        assertThat(batches).isNotEmpty().allSatisfy(b -> assertThat(b.samplingDate().getYear())
                .isEqualTo(DashboardFixture.YEAR));
    }
}
