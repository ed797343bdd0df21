package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.region.District;
import org.zhijian.region.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.CurrentUser;

/**
 * Spot-check plans. Plans are city-wide records (every district sees the
 * plans it takes part in); progress is shown per district the user may see.
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

    PlanService(SpotCheckPlanRepository plans, SamplingBatchRepository batches, CatalogueService catalogue,
                Districts districts, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.batches = batches;
        this.catalogue = catalogue;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SpotCheckPlan> list(Integer year) {
        return year == null ? plans.findAllByOrderByYearDescCodeAsc() : plans.findByYearOrderByCodeAsc(year);
    }

    public SpotCheckPlan get(Long id) {
        SpotCheckPlan p = plans.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        p.getCategoryIds().size();
        p.getQuotas().size();
        return p;
    }

    /** Done against planned, per district the current user may see (and that has a quota or batches). */
    public List<PlanProgress> progress(Long planId) {
        SpotCheckPlan p = get(planId);
        AccessScope scope = CurrentUser.scope();
        Map<Long, Long> done = new HashMap<>();
        for (Object[] row : batches.countByDistrict(planId)) {
            done.put((Long) row[0], (Long) row[1]);
        }
        List<PlanProgress> list = new ArrayList<>();
        for (District d : districts.all()) {
            int planned = p.getQuotas().getOrDefault(d.getId(), 0);
            long n = done.getOrDefault(d.getId(), 0L);
            if (scope.covers(d.getId()) && (planned > 0 || n > 0)) {
                list.add(new PlanProgress(d.getId(), d.name(org.springframework.context.i18n.LocaleContextHolder
                        .getLocale()), planned, n));
            }
        }
        return list;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SpotCheckPlan create(PlanDetails d) {
        check(d);
        if (plans.existsByCode(d.code().strip().toUpperCase())) {
            throw new BusinessRuleException("code", "spotcheck.plan.codeDuplicate", d.code());
        }
        SpotCheckPlan p = plans.save(new SpotCheckPlan(d, CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, p.getId(), "CREATE", null, null, p.snapshot());
        return p;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public SpotCheckPlan update(Long id, long expectedVersion, PlanDetails d) {
        SpotCheckPlan p = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, p.getVersion(), p.snapshot());
        if (!CurrentUser.scope().isCityWide() && p.getLevel() != PlanLevel.DISTRICT) {
            throw new BusinessRuleException("level", "spotcheck.plan.districtOnly");
        }
        check(d);
        Map<String, Object> before = p.snapshot();
        p.update(d, CurrentUser.username(), clock.instant());
        plans.flush();
        audit.record(ENTITY, id, "UPDATE", null, before, p.snapshot());
        return p;
    }

    /** A district admin plans only district-level checks in their own district; city admins plan anything. */
    private void check(PlanDetails d) {
        AccessScope scope = CurrentUser.scope();
        if (!scope.isCityWide() && (d.level() != PlanLevel.DISTRICT
                || d.quotas().keySet().stream().anyMatch(id -> !scope.covers(id)))) {
            throw new BusinessRuleException("level", "spotcheck.plan.districtOnly");
        }
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
