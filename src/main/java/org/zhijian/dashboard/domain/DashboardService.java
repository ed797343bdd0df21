package org.zhijian.dashboard.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.dashboard.domain.DashboardView.Backlog;
import org.zhijian.dashboard.domain.DashboardView.DistrictRow;
import org.zhijian.dashboard.domain.DashboardView.MonthRow;
import org.zhijian.dashboard.domain.DashboardView.Plan;
import org.zhijian.dashboard.domain.DashboardView.ProductRow;
import org.zhijian.dashboard.domain.DashboardView.Risk;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.spotcheck.domain.PassRate;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.text.PinyinOrder;

/**
 * The dashboards of bureau heads, built from one grouped scan of the period and
 * one of the same period a year earlier ({@link DashboardQueries#cells}), rolled
 * up here into every rate of the page. Scoping: a district user always gets their
 * own district, whatever they ask for; asking for another district by id is a
 * logged denial (404), as for any record.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HEAD', 'ADMIN')")
public class DashboardService {

    static final String ENTITY = "Dashboard";

    private final DashboardQueries queries;
    private final DistrictFigures figures;
    private final Districts districts;
    private final CatalogueService catalogue;
    private final DashboardProperties properties;
    private final Clock clock;
    private final DashboardViews views;
    private final AccessGuard guard;
    private final EarlyWarningSignals signals;

    DashboardService(DashboardQueries queries, DistrictFigures figures, Districts districts, CatalogueService catalogue,
                     DashboardProperties properties, Clock clock, DashboardViews views,
                     AccessGuard guard, EarlyWarningSignals signals) {
        this.signals = signals;
        this.views = views;
        this.queries = queries;
        this.figures = figures;
        this.districts = districts;
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
        this.guard = guard;
    }

    /** The city dashboard; a district user gets their own district's instead. */
    public DashboardView city(DashboardFilter filter) {
        return cityVersioned(filter).view();
    }

    /** {@link #city} with the version of the build served, for conditional requests. */
    public VersionedView cityVersioned(DashboardFilter filter) {
        AccessScope scope = guard.scope();
        if (!scope.isCityWide()) {
            return build(filter.withDistrict(scope.districtId()), scope);
        }
        return build(filter.withDistrict(null), scope);
    }

    public DashboardView district(long districtId, DashboardFilter filter) {
        return districtVersioned(districtId, filter).view();
    }

    /** {@link #district} with the version of the build served, for conditional requests. */
    public VersionedView districtVersioned(long districtId, DashboardFilter filter) {
        AccessScope scope = checkDistrict(districtId);
        return build(filter.withDistrict(districtId), scope);
    }

    /** Product -> enterprise drill-down within the (scoped) district of the filter. */
    public List<EnterpriseRow> enterprises(DashboardFilter filter) {
        return queries.enterprises(scoped(filter), today(), 500);
    }

    /** Enterprise -> batch drill-down; another district's enterprise is a logged 404. */
    public List<BatchRow> batches(long enterpriseId, DashboardFilter filter) {
        Long district = visibleDistrictOf(enterpriseId);
        return queries.batches(filter.withDistrict(district), enterpriseId, today(), 500);
    }

    public String enterpriseName(long enterpriseId) {
        visibleDistrictOf(enterpriseId);
        return queries.enterpriseName(enterpriseId);
    }

    private Long visibleDistrictOf(long enterpriseId) {
        Long district = queries.districtOfEnterprise(enterpriseId);
        if (district == null) {
            throw new NotFoundException("Enterprise", enterpriseId);
        }
        guard.checkEnterprise(enterpriseId, district, "Enterprise", enterpriseId);
        return district;
    }

    /** The district a district user's dashboard is confined to; null for a city-level user. */
    public Long ownDistrict() {
        return guard.ownDistrict();
    }

    /** The filter narrowed to what the current user may see. */
    public DashboardFilter scoped(DashboardFilter filter) {
        AccessScope scope = guard.scope();
        if (!scope.isCityWide()) {
            return filter.withDistrict(scope.districtId());
        }
        if (filter.districtId() != null) {
            checkDistrict(filter.districtId());
        }
        return filter;
    }

    private AccessScope checkDistrict(long districtId) {
        guard.checkDistrict(districts.exists(districtId) ? districtId : -1L, ENTITY, districtId);
        return guard.scope();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Callers have already narrowed the filter to the user's district. */
    private VersionedView build(DashboardFilter f, AccessScope scope) {
        var key = new DashboardViews.Key(f, scope.isCityWide(), LocaleContextHolder.getLocale(), today());
        return views.get(key, () -> compute(f, scope));
    }

    private DashboardView compute(DashboardFilter f, AccessScope scope) {
        LocalDate today = today();
        Locale locale = LocaleContextHolder.getLocale();
        Cells now = queries.cells(f, today);
        Cells before = queries.cells(f.yearEarlier(), today);

        PassRate rate = total(now.byMonth()).rate().withPrevious(total(before.byMonth()).rate());
        PassRate cityRate = f.districtId() == null ? rate : queries.rate(f.withDistrict(null), today);

        Map<Long, Counts> byDistrict = group(now.byMonth(), RateCell::districtId);
        Map<Long, Counts> byDistrictBefore = group(before.byMonth(), RateCell::districtId);
        Map<Long, Long> planned = queries.plannedBatches(f.from().getYear(), f.to().getYear(), f);
        List<DistrictFigure> riskCounts = figures.read(f.districtId());
        Map<Long, Long> overdueSteps = byDistrict(riskCounts, DistrictFigure.Kind.OVERDUE_STEP);
        Map<Long, Long> overdueOrders = byDistrict(riskCounts, DistrictFigure.Kind.OVERDUE_RECTIFICATION);
        Map<Long, Long> expiring = byDistrict(riskCounts, DistrictFigure.Kind.LICENCE_EXPIRING);

        List<District> shown = f.districtId() == null ? districts.all()
                : List.of(districts.get(f.districtId()));
        List<DistrictRow> districtRows = new ArrayList<>();
        for (District d : shown) {
            long id = d.getId();
            Counts c = byDistrict.getOrDefault(id, new Counts());
            PassRate r = c.rate().withPrevious(byDistrictBefore.getOrDefault(id, new Counts()).rate());
            boolean flagged = !r.isEmpty() && !cityRate.isEmpty() && r.interval().whollyBelow(cityRate.rate());
            districtRows.add(new DistrictRow(id, d.name(locale), r, flagged,
                    new Plan(c.sampled, c.planned, planned.getOrDefault(id, 0L)), overdueSteps.getOrDefault(id, 0L),
                    overdueOrders.getOrDefault(id, 0L), expiring.getOrDefault(id, 0L),
                    riskSum(riskCounts, DistrictFigure.Kind.OPEN_HAZARD, id),
                    riskSum(riskCounts, DistrictFigure.Kind.OVERDUE_HAZARD, id),
                    riskSum(riskCounts, DistrictFigure.Kind.DUE_FOR_INSPECTION, id)));
        }

        List<ProductRow> products = products(now, before, locale);
        List<ProductRow> failing = products.stream()
                .filter(p -> p.rate().failed() > 0)
                .sorted(Comparator.comparingLong((ProductRow p) -> p.rate().failed()).reversed()
                        .thenComparingDouble(p -> p.rate().rate()))
                .limit(properties.topProducts())
                .toList();

        Counts total = total(now.byMonth());
        Plan plan = new Plan(total.sampled, total.planned, planned.values().stream().mapToLong(Long::longValue).sum());
        Backlog backlog = new Backlog(sum(overdueSteps), sum(overdueOrders), sum(expiring),
                properties.licenceHorizonDays());
        List<EarlyWarning> warnings = warnings(districtRows, products, riskCounts, locale);
        signals.record(f, warnings, today);
        return new DashboardView(f, f.districtId(), f.districtId() == null ? null : shown.get(0).name(locale), rate,
                scope.isCityWide() ? cityRate : null, plan, districtRows, products, failing, trend(f, now, before),
                backlog, risk(riskCounts), warnings);
    }

    private List<ProductRow> products(Cells nowCells, Cells beforeCells, Locale locale) {
        List<RateCell> now = nowCells.byProduct();
        List<RateCell> before = beforeCells.byProduct();
        Map<Long, String> names = ProductNames.of(catalogue, locale);
        Map<Long, Counts> byProduct = group(now, RateCell::categoryId);
        Map<Long, Counts> byProductBefore = group(before, RateCell::categoryId);
        Map<Long, Map<Long, Counts>> heat = new HashMap<>();
        for (RateCell c : now) {
            heat.computeIfAbsent(c.categoryId(), k -> new HashMap<>())
                    .computeIfAbsent(c.districtId(), k -> new Counts()).add(c);
        }
        List<ProductRow> rows = new ArrayList<>();
        byProduct.forEach((id, c) -> {
            Map<Long, PassRate> byDistrict = new TreeMap<>();
            heat.get(id).forEach((d, dc) -> byDistrict.put(d, dc.rate()));
            rows.add(new ProductRow(id, names.getOrDefault(id, String.valueOf(id)),
                    c.rate().withPrevious(byProductBefore.getOrDefault(id, new Counts()).rate()), byDistrict));
        });
        rows.sort(PinyinOrder.by(ProductRow::name));
        return rows;
    }

    private static List<MonthRow> trend(DashboardFilter f, Cells now, Cells before) {
        Map<YearMonth, Counts> current = group(now.byMonth(), c -> YearMonth.of(c.year(), c.month()));
        Map<YearMonth, Counts> earlier = group(before.byMonth(), c -> YearMonth.of(c.year(), c.month()));
        List<MonthRow> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(f.from()); !m.isAfter(YearMonth.from(f.to())); m = m.plusMonths(1)) {
            months.add(new MonthRow(m, current.getOrDefault(m, new Counts()).rate(),
                    earlier.getOrDefault(m.minusYears(1), new Counts()).rate()));
        }
        return months;
    }

    private List<EarlyWarning> warnings(List<DistrictRow> districtRows, List<ProductRow> products,
                                        List<DistrictFigure> riskCounts, Locale locale) {
        int min = properties.warningMinBatches();
        List<EarlyWarning> out = new ArrayList<>();
        for (DistrictRow d : districtRows) {
            if (EarlyWarningRule.passRateDropped(d.rate(), min)) {
                out.add(new EarlyWarning(EarlyWarning.Kind.DISTRICT_DROP, d.id(), d.name(), d.id(), null, d.rate(),
                        0, 0));
            }
        }
        for (ProductRow p : products) {
            if (EarlyWarningRule.passRateDropped(p.rate(), min)) {
                out.add(new EarlyWarning(EarlyWarning.Kind.PRODUCT_DROP, p.id(), p.name(), null, null, p.rate(), 0,
                        0));
            }
        }
        Map<Long, District> byId = districts.byId();
        // the largest clusters first: a province raises hundreds, and the dashboard shows the first few
        List<DistrictFigure> largestFirst = new ArrayList<>(riskCounts);
        largestFirst.sort(Comparator.comparingLong(DistrictFigure::count).reversed());
        for (DistrictFigure c : largestFirst) {
            if (c.kind() == DistrictFigure.Kind.RECENT_OPEN_HAZARD
                    && EarlyWarningRule.hazardsCluster(c.count(), properties.hazardClusterSize())) {
                District d = byId.get(c.districtId());
                out.add(new EarlyWarning(EarlyWarning.Kind.HAZARD_CLUSTER, c.districtId(),
                        d == null ? String.valueOf(c.districtId()) : d.name(locale), c.districtId(), c.key(), null,
                        c.count(), properties.hazardClusterWindowDays()));
            }
        }
        return out;
    }

    private static Risk risk(List<DistrictFigure> counts) {
        return new Risk(byKey(counts, DistrictFigure.Kind.OPEN_HAZARD), byKey(counts, DistrictFigure.Kind.OVERDUE_HAZARD),
                byKey(counts, DistrictFigure.Kind.RISK_POINT), byKey(counts, DistrictFigure.Kind.CLASS),
                byKey(counts, DistrictFigure.Kind.DUE_FOR_INSPECTION));
    }

    private static Map<String, Long> byKey(List<DistrictFigure> counts, DistrictFigure.Kind kind) {
        Map<String, Long> m = new TreeMap<>();
        counts.stream().filter(c -> c.kind() == kind).forEach(c -> m.merge(c.key(), c.count(), Long::sum));
        return m;
    }

    private static Map<Long, Long> byDistrict(List<DistrictFigure> counts, DistrictFigure.Kind kind) {
        Map<Long, Long> m = new HashMap<>();
        counts.stream().filter(c -> c.kind() == kind).forEach(c -> m.merge(c.districtId(), c.count(), Long::sum));
        return m;
    }

    private static long riskSum(List<DistrictFigure> counts, DistrictFigure.Kind kind, long districtId) {
        return counts.stream().filter(c -> c.kind() == kind && c.districtId() == districtId)
                .mapToLong(DistrictFigure::count).sum();
    }

    private static Counts total(List<RateCell> cells) {
        Counts c = new Counts();
        cells.forEach(c::add);
        return c;
    }

    private static <K> Map<K, Counts> group(List<RateCell> cells, Function<RateCell, K> key) {
        Map<K, Counts> m = new LinkedHashMap<>();
        for (RateCell c : cells) {
            m.computeIfAbsent(key.apply(c), k -> new Counts()).add(c);
        }
        return m;
    }

    private static long sum(Map<Long, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }
}
