package org.zhijian.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.dashboard.domain.DashboardService;
import org.zhijian.dashboard.domain.DashboardView;
import org.zhijian.dashboard.domain.EarlyWarning;
import org.zhijian.dashboard.domain.PeriodReport;
import org.zhijian.dashboard.domain.ReportService;
import org.zhijian.dashboard.domain.VersionedView;
import org.zhijian.spotcheck.domain.PassRate;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "Dashboard figures and period reports for bureau heads; a district head "
        + "always gets their own district")
class DashboardApiController {

    private final DashboardService dashboards;
    private final ReportService reports;
    private final Clock clock;

    DashboardApiController(DashboardService dashboards, ReportService reports, Clock clock) {
        this.dashboards = dashboards;
        this.reports = reports;
        this.clock = clock;
    }

    /** A pass rate with its 95 % Wilson interval and the change in points on the same period a year earlier. */
    record RateResponse(long finalBatches, long passed, BigDecimal percent, BigDecimal lowerPercent,
                        BigDecimal upperPercent, BigDecimal changePoints, BigDecimal previousPercent) {

        static RateResponse of(PassRate r) {
            return new RateResponse(r.batches(), r.passed(), r.percent(), r.lowerPercent(), r.upperPercent(),
                    r.changePoints(), r.previous() == null ? null : r.previous().percent());
        }
    }

    record DistrictResponse(long id, String name, RateResponse rate, boolean flaggedBelowCity, long sampled,
                            long doneUnderPlan, long planned, long overduePostProcessing,
                            long overdueRectifications, long licencesExpiring, long openHazards, long overdueHazards,
                            long dueForInspection) {
    }

    record ProductResponse(long id, String name, long failed, RateResponse rate) {
    }

    record MonthResponse(String month, RateResponse rate, RateResponse yearEarlier) {
    }

    record WarningResponse(EarlyWarning.Kind kind, long subjectId, String subject, String industry,
                           RateResponse rate, long hazards, int windowDays) {
    }

    record DashboardResponse(LocalDate from, LocalDate to, Long districtId, RateResponse rate, RateResponse cityRate,
                             long sampled, long doneUnderPlan, long planned, long overduePostProcessing,
                             long overdueRectifications, long licencesExpiring,
                             Map<String, Long> openHazardsByLevel, Map<String, Long> overdueHazardsByLevel,
                             Map<String, Long> riskPointsByGrade, Map<String, Long> enterprisesByClass,
                             Map<String, Long> dueForInspectionByClass, List<DistrictResponse> districts,
                             List<ProductResponse> productsFailingMost, List<MonthResponse> trend,
                             List<WarningResponse> warnings) {

        static DashboardResponse of(DashboardView v) {
            return new DashboardResponse(v.filter().from(), v.filter().to(), v.districtId(), RateResponse.of(v.rate()),
                    v.cityRate() == null ? null : RateResponse.of(v.cityRate()), v.plan().sampled(), v.plan().done(),
                    v.plan().planned(), v.backlog().overdueSteps(), v.backlog().overdueRectifications(),
                    v.backlog().licencesExpiring(), v.risk().openHazardsByLevel(), v.risk().overdueHazardsByLevel(),
                    v.risk().riskPointsByGrade(), v.risk().enterprisesByClass(), v.risk().dueByClass(),
                    v.districts().stream().map(d -> new DistrictResponse(d.id(), d.name(), RateResponse.of(d.rate()),
                            d.flagged(), d.plan().sampled(), d.plan().done(), d.plan().planned(), d.overdueSteps(),
                            d.overdueRectifications(), d.licencesExpiring(), d.openHazards(), d.overdueHazards(),
                            d.dueForInspection())).toList(),
                    v.failingProducts().stream().map(p -> new ProductResponse(p.id(), p.name(), p.rate().failed(),
                            RateResponse.of(p.rate()))).toList(),
                    v.trend().stream().map(m -> new MonthResponse(m.month().toString(), RateResponse.of(m.rate()),
                            RateResponse.of(m.yearEarlier()))).toList(),
                    v.warnings().stream().map(w -> new WarningResponse(w.kind(), w.subjectId(), w.subject(),
                            w.industry(), w.rate() == null ? null : RateResponse.of(w.rate()), w.hazards(),
                            w.windowDays())).toList());
        }
    }

    record ReportResponse(String summary, long enterprises, long products, DashboardResponse figures) {
    }

    @GetMapping("/city")
    @Operation(summary = "City dashboard for a period (from, to), level and product (categoryId); a district "
            + "head gets their own district")
    ResponseEntity<DashboardResponse> city(FilterForm filter) {
        return revalidated(dashboards.cityVersioned(filter.toFilter(LocalDate.now(clock))));
    }

    @GetMapping("/districts/{id}")
    @Operation(summary = "District dashboard; another district than the caller's is 404")
    ResponseEntity<DashboardResponse> district(@PathVariable long id, FilterForm filter) {
        return revalidated(dashboards.districtVersioned(id, filter.toFilter(LocalDate.now(clock))));
    }

    /**
     * The figures with the ETag of the build the view cache holds: a client asking again with If-None-Match
     * gets 304 without a body while the same build is served (up to zhijian.dashboard.view-cache). Private and
     * revalidated on every use, so no shared cache keeps one head's figures and no client keeps stale ones.
     */
    private static ResponseEntity<DashboardResponse> revalidated(VersionedView v) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).eTag(v.version())
                .body(DashboardResponse.of(v.view()));
    }

    @GetMapping("/report")
    @Operation(summary = "Period report: the summary sentence and the figures behind it (districtId optional)")
    ReportResponse report(FilterForm filter) {
        PeriodReport r = reports.report(filter.toFilter(LocalDate.now(clock)));
        return new ReportResponse(r.summary(), r.overall().enterprises(), r.overall().products(),
                DashboardResponse.of(r.view()));
    }
}
