package org.zhijian.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.CategoryDetails;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.catalogue.domain.LimitKind;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.TestItem;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.domain.BatchDetails;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.BatchStatus;
import org.zhijian.spotcheck.domain.ItemMeasurement;
import org.zhijian.spotcheck.domain.PlanDetails;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.SpotCheckPlan;
import org.zhijian.spotcheck.domain.StepCommand;

/**
 * The demo city's spot checks: the catalogue, four plans over 2025 and 2026,
 * a few hundred batches recorded through the services (so they have audit rows
 * and timeline entries), failures left at every post-processing step, some of
 * them overdue, and the final results of three plans published.
 */
@Component
class SpotCheckDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(SpotCheckDemoData.class);
    private static final String[] AGENCIES = {"台州市产品质量安全检测研究院", "浙江省轻工业品质量检验研究院",
            "浙江方圆检测集团股份有限公司", "国家电动自行车产品质量检验检测中心(浙江)"};
    private static final String[] PLACES = {"成品仓库", "生产车间", "包装车间", "门市部"};
    private static final String[] UNITS = {"件", "台", "卷", "袋", "桶", "米"};

    private final CatalogueService catalogue;
    private final PlanService plans;
    private final BatchService batches;
    private final EntityManager em;

    SpotCheckDemoData(CatalogueService catalogue, PlanService plans, BatchService batches, EntityManager em) {
        this.catalogue = catalogue;
        this.plans = plans;
        this.batches = batches;
        this.em = em;
    }

    @Override
    public int order() {
        return 200;
    }

    private record PlanSpec(String code, String title, int year, PlanLevel level, boolean joint, List<String> codes,
                            int quota, int batches, double failRate, boolean publish) {
    }

    @Override
    public void contribute(DemoCity city) {
        Map<String, Long> categoryIds = loadCatalogue();
        List<String> all = new ArrayList<>(categoryIds.keySet());
        List<String> highRisk = List.of("DX01", "XJD01", "RZB01", "DDC01", "TL01", "WJ01", "SP01");
        int year = city.today().getYear();
        List<PlanSpec> specs = List.of(
                new PlanSpec("TZ-" + (year - 1) + "-SJ", (year - 1) + "年台州市产品质量市级监督抽查", year - 1,
                        PlanLevel.CITY, false, all, 12, 100, 0.13, true),
                new PlanSpec("ZJ-" + (year - 1) + "-TZ", (year - 1) + "年浙江省产品质量省级监督抽查(台州)", year - 1,
                        PlanLevel.PROVINCIAL, false, highRisk, 6, 50, 0.14, true),
                new PlanSpec("TZ-" + year + "-SJ", year + "年台州市产品质量市级监督抽查", year, PlanLevel.CITY, false,
                        all, 12, 90, 0.09, true),
                new PlanSpec("TZ-" + year + "-LD", year + "年电动自行车及电线电缆联动抽查", year, PlanLevel.DISTRICT,
                        true, List.of("DDC01", "DX01"), 3, 20, 0.15, false));
        int made = 0;
        for (PlanSpec spec : specs) {
            SpotCheckPlan plan = makePlan(spec, categoryIds, city.districts());
            made += makeBatches(spec, plan.getId(), categoryIds, city);
            if (spec.joint()) {
                made += showcase(spec, plan.getId(), categoryIds, city);
            }
            if (spec.publish()) {
                batches.publishFinal(plan.getId());
            }
            em.flush();
            em.clear();
        }
        log.info("Demo spot checks: {} categories, {} plans, {} batches", categoryIds.size(), specs.size(), made);
    }

    private Map<String, Long> loadCatalogue() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoCatalogue.Product p : DemoCatalogue.PRODUCTS) {
            ProductCategory c = catalogue.create(new CategoryDetails(p.code(), p.name(), p.nameEn(), p.risk(),
                    p.standard(), p.industry(), true));
            for (DemoCatalogue.Item i : p.items()) {
                Limit limit = new Limit(LimitKind.valueOf(i.kind()), i.lower() == null ? null
                        : new BigDecimal(i.lower()), i.upper() == null ? null : new BigDecimal(i.upper()));
                catalogue.addItem(c.getId(), i.name(), i.unit(), limit, i.method());
            }
            ids.put(p.code(), c.getId());
        }
        return ids;
    }

    private SpotCheckPlan makePlan(PlanSpec spec, Map<String, Long> categoryIds, List<District> districts) {
        Set<Long> cats = new LinkedHashSet<>();
        spec.codes().forEach(code -> cats.add(categoryIds.get(code)));
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        districts.forEach(d -> quotas.put(d.getId(), spec.quota()));
        return plans.create(new PlanDetails(spec.code(), spec.title(), spec.year(), spec.level(), spec.joint(), null,
                cats, quotas));
    }

    private int makeBatches(PlanSpec spec, Long planId, Map<String, Long> categoryIds, DemoCity city) {
        Random random = city.random();
        LocalDate today = city.today();
        LocalDate start = LocalDate.of(spec.year(), 3, 1);
        LocalDate end = spec.year() == today.getYear() ? today.minusDays(2) : LocalDate.of(spec.year(), 11, 30);
        long span = end.toEpochDay() - start.toEpochDay();
        for (int n = 1; n <= spec.batches(); n++) {
            String code = spec.codes().get(random.nextInt(spec.codes().size()));
            ProductCategory category = catalogue.get(categoryIds.get(code));
            Enterprise e = enterpriseFor(category, city, random);
            List<User> inspectors = new ArrayList<>(city.usersOf(Role.INSPECTOR, e.getDistrictId()));
            java.util.Collections.shuffle(inspectors, random);
            LocalDate sampled = start.plusDays((long) (random.nextDouble() * span));
            LocalDate tested = sampled.plusDays(5 + random.nextInt(12));
            boolean fail = random.nextDouble() < spec.failRate();
            String agency = code.equals("DDC01") ? AGENCIES[3] : AGENCIES[random.nextInt(3)];
            BatchDetails d = new BatchDetails(spec.code() + "-" + String.format("%04d", n), planId, e.getId(),
                    category.getId(), "品牌" + (char) ('A' + random.nextInt(20)), "型号-" + (100 + random.nextInt(900)),
                    sampled.minusDays(10 + random.nextInt(60)).toString().replace("-", ""),
                    sampled.minusDays(10 + random.nextInt(60)), 2 + random.nextInt(4), 2,
                    UNITS[random.nextInt(UNITS.length)], sampled, PLACES[random.nextInt(PLACES.length)], agency,
                    Set.of(inspectors.get(0).getId(), inspectors.get(1).getId()), null);
            boolean hasResults = !tested.isAfter(today);
            SamplingBatch b = batches.record(d, hasResults ? tested : null, hasResults ? "BG" + spec.year()
                    + String.format("%05d", n) : null, hasResults ? measure(category, fail, random) : List.of());
            if (b.getStatus() == BatchStatus.FAILED) {
                followUp(b, category, tested, today, random, agency);
            }
            if (n % 5 == 0) {
                // a small persistence context keeps the flush before each query cheap
                em.flush();
                em.clear();
            }
        }
        return spec.batches();
    }

    /**
     * One failed batch stopped at each post-processing step, with dates set so
     * that some are on time and some overdue, whatever day the demo is loaded.
     */
    private int showcase(PlanSpec spec, Long planId, Map<String, Long> categoryIds, DemoCity city) {
        LocalDate t = city.today();
        // days before today: tested, notified, retest requested, retest result, ordered (deadline = +30),
        // re-inspected, closed; -1 = step not taken; the last column says whether the re-test overturns
        int[][] stages = {
                {30, -1, -1, -1, -1, -1, -1, 0},
                {12, 5, -1, -1, -1, -1, -1, 0},
                {50, 45, -1, -1, -1, -1, -1, 0},
                {30, 25, 20, -1, -1, -1, -1, 0},
                {70, 65, 60, 45, -1, -1, -1, 0},
                {70, 65, 60, 45, -1, -1, -1, 1},
                {70, 65, -1, -1, 45, -1, -1, 0},
                {120, 115, -1, -1, 95, -1, -1, 0},
                {120, 115, -1, -1, 95, 60, -1, 0},
                {150, 140, 130, 110, 100, 75, 70, 0},
        };
        Random random = city.random();
        for (int k = 0; k < stages.length; k++) {
            int[] s = stages[k];
            String code = spec.codes().get(k % spec.codes().size());
            ProductCategory category = catalogue.get(categoryIds.get(code));
            District district = city.districts().get(k % city.districts().size());
            List<Enterprise> local = city.enterprisesIn(district.getId());
            Enterprise e = local.stream().filter(x -> x.getIndustry() == category.getIndustry()).findFirst()
                    .orElse(local.get(0));
            List<User> inspectors = city.usersOf(Role.INSPECTOR, district.getId());
            LocalDate tested = t.minusDays(s[0]);
            BatchDetails d = new BatchDetails(spec.code() + "-S" + String.format("%02d", k + 1), planId, e.getId(),
                    category.getId(), "品牌S", "型号-S" + k, "S" + k, tested.minusDays(40), 3, 2, "件",
                    tested.minusDays(8), PLACES[0], AGENCIES[0],
                    Set.of(inspectors.get(0).getId(), inspectors.get(1).getId()), null);
            SamplingBatch b = batches.record(d, tested, "BG-S" + k, measure(category, true, random));
            if (s[1] >= 0) {
                b = step(b, PostProcessingAction.NOTIFY, t.minusDays(s[1]), null, null, null);
            }
            if (s[2] >= 0) {
                b = step(b, PostProcessingAction.REQUEST_RETEST, t.minusDays(s[2]), null, "企业提出异议,申请复检", null);
            }
            if (s[3] >= 0) {
                b = batches.advance(b.getId(), b.getVersion(), new StepCommand(PostProcessingAction.RECORD_RETEST,
                        t.minusDays(s[3]), null, AGENCIES[1], null, measure(category, s[7] == 0, random)));
            }
            if (s[4] >= 0) {
                LocalDate ordered = t.minusDays(s[4]);
                b = step(b, PostProcessingAction.ORDER_RECTIFICATION, ordered, ordered.plusDays(30), "责令30日内完成整改",
                        null);
            }
            if (s[5] >= 0) {
                b = step(b, PostProcessingAction.REINSPECT, t.minusDays(s[5]), null, "整改措施已落实,复查合格", null);
            }
            if (s[6] >= 0) {
                step(b, PostProcessingAction.CLOSE, t.minusDays(s[6]), null, "整改到位,予以结案", null);
            }
        }
        return stages.length;
    }

    private Enterprise enterpriseFor(ProductCategory category, DemoCity city, Random random) {
        List<Enterprise> matching = city.enterprises().stream()
                .filter(e -> e.getIndustry() == category.getIndustry()).toList();
        List<Enterprise> pool = matching.isEmpty() ? city.enterprises() : matching;
        return pool.get(random.nextInt(pool.size()));
    }

    /** Post-processing as far as the calendar allows, with some steps left undone (and so overdue). */
    private void followUp(SamplingBatch b, ProductCategory category, LocalDate tested, LocalDate today, Random random,
                          String agency) {
        LocalDate notified = tested.plusDays(2 + random.nextInt(5));
        if (notified.isAfter(today) || random.nextDouble() < 0.08) {
            return;
        }
        b = step(b, PostProcessingAction.NOTIFY, notified, null, null, null);
        LocalDate ordered;
        if (random.nextDouble() < 0.3) {
            LocalDate requested = notified.plusDays(3 + random.nextInt(10));
            if (requested.isAfter(today)) {
                return;
            }
            b = step(b, PostProcessingAction.REQUEST_RETEST, requested, null, null, null);
            LocalDate retested = requested.plusDays(10 + random.nextInt(15));
            if (retested.isAfter(today) || random.nextDouble() < 0.1) {
                return;
            }
            boolean overturn = random.nextDouble() < 0.4;
            String other = agency.equals(AGENCIES[0]) ? AGENCIES[1] : AGENCIES[0];
            b = batches.advance(b.getId(), b.getVersion(), new StepCommand(PostProcessingAction.RECORD_RETEST,
                    retested, null, other, null, measure(category, !overturn, random)));
            if (overturn) {
                return;
            }
            ordered = retested.plusDays(2 + random.nextInt(5));
        } else {
            ordered = notified.plusDays(16 + random.nextInt(8));
        }
        if (ordered.isAfter(today) || random.nextDouble() < 0.1) {
            return;
        }
        b = step(b, PostProcessingAction.ORDER_RECTIFICATION, ordered, ordered.plusDays(30), "责令30日内完成整改", null);
        LocalDate reinspected = ordered.plusDays(20 + random.nextInt(18));
        if (reinspected.isAfter(today) || random.nextDouble() < 0.12) {
            return;
        }
        b = step(b, PostProcessingAction.REINSPECT, reinspected, null, "整改措施已落实,复查合格", null);
        LocalDate closed = reinspected.plusDays(1 + random.nextInt(5));
        if (closed.isAfter(today) || random.nextDouble() < 0.1) {
            return;
        }
        step(b, PostProcessingAction.CLOSE, closed, null, "整改到位,予以结案", null);
    }

    private SamplingBatch step(SamplingBatch b, PostProcessingAction action, LocalDate on, LocalDate due, String note,
                               String agency) {
        return batches.advance(b.getId(), b.getVersion(), new StepCommand(action, on, due, agency, note, null));
    }

    /** Values inside every limit, or with one item outside when the batch is to fail. */
    static List<ItemMeasurement> measure(ProductCategory category, boolean fail, Random random) {
        List<TestItem> items = category.getItems();
        int failing = fail ? random.nextInt(items.size()) : -1;
        List<ItemMeasurement> list = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            TestItem item = items.get(k);
            boolean bad = k == failing;
            if (item.getLimitKind() == LimitKind.PASS_FAIL) {
                list.add(new ItemMeasurement(item.getId(), null, !bad));
            } else {
                list.add(new ItemMeasurement(item.getId(), value(item.limit(), bad, random), null));
            }
        }
        return list;
    }

    private static BigDecimal value(Limit limit, boolean bad, Random random) {
        double v = switch (limit.kind()) {
            case MAX -> limit.upper().doubleValue() * (bad ? 1.05 + random.nextDouble() * 0.5
                    : 0.35 + random.nextDouble() * 0.6);
            case MIN -> limit.lower().doubleValue() * (bad ? 0.6 + random.nextDouble() * 0.35
                    : 1.02 + random.nextDouble() * 0.3);
            case RANGE -> {
                double lo = limit.lower().doubleValue();
                double width = limit.upper().doubleValue() - lo;
                yield bad ? limit.upper().doubleValue() + width * (0.05 + random.nextDouble() * 0.3)
                        : lo + width * (0.2 + random.nextDouble() * 0.6);
            }
            case PASS_FAIL -> throw new IllegalStateException();
        };
        BigDecimal reference = limit.upper() != null ? limit.upper() : limit.lower();
        int scale = Math.max(reference.stripTrailingZeros().scale() + 1, 1);
        BigDecimal result = BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
        // rounding must not carry a failing value back inside its limit, nor a passing one out
        boolean passes = limit.judge(result) == org.zhijian.catalogue.domain.Judgement.PASS;
        return passes == !bad ? result : BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
    }
}
