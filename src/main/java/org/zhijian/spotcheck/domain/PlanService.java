package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;

/**
 * Spot-check plans. City users see and change every plan. A district sees its
 * own district plans and every plan that gives it a quota; its admins change
 * their own plans and, on any other plan they see, only their own quota. A plan
 * out of sight answers 404 and the attempt is logged; progress is shown per
 * district the user may see.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    public static final String ENTITY = "SpotCheckPlan";

    private final SpotCheckPlanRepository plans;
    private final SamplingBatchRepository batches;
    private final CatalogueService catalogue;
    private final Districts districts;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessGuard guard;

    PlanService(SpotCheckPlanRepository plans, SamplingBatchRepository batches, CatalogueService catalogue,
                Districts districts, AuditTrail audit, Clock clock, AccessGuard guard) {
        this.plans = plans;
        this.batches = batches;
        this.catalogue = catalogue;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    public List<SpotCheckPlan> list(Integer year) {
        AccessScope scope = guard.scope();
        return (year == null ? plans.findAllByOrderByYearDescCodeAsc() : plans.findByYearOrderByCodeAsc(year))
                .stream().filter(p -> p.visibleTo(scope)).toList();
    }

    public SpotCheckPlan get(Long id) {
        SpotCheckPlan p = plans.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        checkVisible(guard, p);
        p.getCategoryIds().size();
        p.getQuotas().size();
        return p;
    }

    /** Done against planned, per district the current user may see (and that has a quota or batches). */
    public List<PlanProgress> progress(Long planId) {
        SpotCheckPlan p = get(planId);
        Map<Long, Long> done = new HashMap<>();
        for (Object[] row : batches.countByDistrict(planId)) {
            done.put((Long) row[0], (Long) row[1]);
        }
        List<PlanProgress> list = new ArrayList<>();
        for (District d : districts.all()) {
            int planned = p.getQuotas().getOrDefault(d.getId(), 0);
            long n = done.getOrDefault(d.getId(), 0L);
            if (guard.covers(d.getId()) && (planned > 0 || n > 0)) {
                list.add(new PlanProgress(d.getId(), d.name(org.springframework.context.i18n.LocaleContextHolder
                        .getLocale()), planned, n));
            }
        }
        return list;
    }

    /** Done against planned over every district the current user may see. */
    public PlanProgress totalProgress(Long planId) {
        return PlanProgress.total(progress(planId));
    }

    /** Refuses (404, logged) a plan the user may not see; for every service that takes a plan id. */
    static void checkVisible(AccessGuard guard, SpotCheckPlan p) {
        guard.checkVisible(p.visibleTo(guard.scope()), p.getOwnerDistrictId(), ENTITY, p.getId());
    }

    /** Whether the current user may change the plan's heading and products, not only their own quota. */
    public boolean editableWhole(SpotCheckPlan p) {
        return p.editableWholeBy(guard.scope());
    }

    /** A district admin's plan is a district plan of their own district; a city admin's belongs to the city. */
    @Transactional
    public SpotCheckPlan create(PlanDetails d) {
        AccessScope scope = guard.scope();
        guard.require(Action.EDIT_PLAN);
        if (!scope.isCityWide() && d.level() != PlanLevel.DISTRICT) {
            throw new BusinessRuleException("level", "spotcheck.plan.districtOnly");
        }
        check(d);
        if (plans.existsByCode(d.code().strip().toUpperCase())) {
            throw new BusinessRuleException("code", "spotcheck.plan.codeDuplicate", d.code());
        }
        SpotCheckPlan p = plans.save(new SpotCheckPlan(d, scope.districtId(), scope.username(), clock.instant()));
        audit.record(ENTITY, p.getId(), "CREATE", p.getOwnerDistrictId(), null, p.snapshot());
        return p;
    }

    /** Changes a plan as far as the user may: see {@link SpotCheckPlan#update}. */
    @Transactional
    public SpotCheckPlan update(Long id, long expectedVersion, PlanDetails d) {
        AccessScope scope = guard.scope();
        guard.require(Action.EDIT_PLAN);
        SpotCheckPlan p = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, p.getVersion(), p.snapshot());
        if (!scope.isCityWide() && p.editableWholeBy(scope) && d.level() != PlanLevel.DISTRICT) {
            throw new BusinessRuleException("level", "spotcheck.plan.districtOnly");
        }
        check(d);
        Map<String, Object> before = p.snapshot();
        p.update(d, scope, scope.username(), clock.instant());
        plans.flush();
        audit.record(ENTITY, id, "UPDATE", p.getOwnerDistrictId(), before, p.snapshot());
        return p;
    }

    private void check(PlanDetails d) {
        if (d.categoryIds() != null) {
            d.categoryIds().forEach(catalogue::get);
        }
        for (Long districtId : d.quotas().keySet()) {
            if (!districts.exists(districtId)) {
                throw new BusinessRuleException("quotas", "district.unknown");
            }
        }
    }
}
