package org.zhijian.spotcheck.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;
import org.zhijian.system.security.AccessScope;

/** A spot-check plan (抽查计划): year, level, product categories and batches planned per district. */
@Entity
@Table(name = "spot_check_plan")
public class SpotCheckPlan extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlanLevel level;

    @Column(nullable = false)
    private boolean joint;

    @Column(length = 1000)
    private String description;

    /** The district that made and owns a district plan; null for city, provincial, national and joint plans. */
    @Column(name = "owner_district_id")
    private Long ownerDistrictId;

    @ElementCollection
    @CollectionTable(name = "plan_category", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "category_id", nullable = false)
    private Set<Long> categoryIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "plan_quota", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "district_id")
    @Column(name = "planned_batches", nullable = false)
    private Map<Long, Integer> quotas = new TreeMap<>();

    protected SpotCheckPlan() {
    }

    public SpotCheckPlan(PlanDetails details, Long ownerDistrictId, String actor, Instant now) {
        this.ownerDistrictId = ownerDistrictId;
        apply(details);
        mergeQuotas(details.quotas(), AccessScope.SYSTEM);
        created(actor, now);
    }

    /**
     * Changes the plan as the given user may: the heading and products when the
     * plan is theirs to edit ({@link #editableWholeBy}), and only the quotas of
     * districts in their scope; every other district's quota stays as it was,
     * whatever the form showed them.
     */
    public void update(PlanDetails details, AccessScope scope, String actor, Instant now) {
        if (editableWholeBy(scope)) {
            apply(details);
        } else if (!sameHeading(details)) {
            throw new BusinessRuleException("title", "spotcheck.plan.quotaOnly");
        }
        mergeQuotas(details.quotas(), scope);
        touched(actor, now);
    }

    /** City users see every plan; a district sees its own plans and every plan that gives it a quota. */
    public boolean visibleTo(AccessScope scope) {
        return scope.isCityWide() || scope.districtId().equals(ownerDistrictId)
                || quotas.containsKey(scope.districtId());
    }

    /** The whole plan is a city user's to change, or its owning district's; others change only their quota. */
    public boolean editableWholeBy(AccessScope scope) {
        return scope.isCityWide() || scope.districtId().equals(ownerDistrictId);
    }

    private void apply(PlanDetails d) {
        if (d.categoryIds() == null || d.categoryIds().isEmpty()) {
            throw new BusinessRuleException("categoryIds", "spotcheck.plan.categoriesRequired");
        }
        this.code = d.code().strip().toUpperCase();
        this.title = d.title().strip();
        this.year = d.year();
        this.level = d.level();
        this.joint = d.joint();
        this.description = blankToNull(d.description());
        this.categoryIds.clear();
        this.categoryIds.addAll(d.categoryIds());
    }

    private boolean sameHeading(PlanDetails d) {
        return code.equals(d.code().strip().toUpperCase()) && title.equals(d.title().strip()) && year == d.year()
                && level == d.level() && joint == d.joint() && Objects.equals(description, blankToNull(d.description()))
                && d.categoryIds() != null && new TreeSet<>(categoryIds).equals(new TreeSet<>(d.categoryIds()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Replaces the quotas of the districts in scope by those submitted; zero or absent means none. */
    private void mergeQuotas(Map<Long, Integer> submitted, AccessScope scope) {
        if (submitted.values().stream().anyMatch(q -> q == null || q < 0)) {
            throw new BusinessRuleException("quotas", "spotcheck.plan.quotaNegative");
        }
        if (submitted.keySet().stream().anyMatch(district -> !scope.covers(district))) {
            throw new BusinessRuleException("quotas", "spotcheck.plan.districtOnly");
        }
        quotas.keySet().removeIf(scope::covers);
        submitted.forEach((district, n) -> {
            if (n > 0) {
                quotas.put(district, n);
            }
        });
    }

    public boolean covers(Long categoryId) {
        return categoryIds.contains(categoryId);
    }

    public int plannedTotal() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("year", year);
        s.put("level", level.name());
        s.put("joint", joint);
        s.put("description", description);
        s.put("categoryIds", new TreeSet<>(categoryIds).toString());
        s.put("quotas", new TreeMap<>(quotas).toString());
        s.put("ownerDistrictId", ownerDistrictId);
        return s;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public PlanLevel getLevel() {
        return level;
    }

    public boolean isJoint() {
        return joint;
    }

    public String getDescription() {
        return description;
    }

    public Set<Long> getCategoryIds() {
        return categoryIds;
    }

    public Map<Long, Integer> getQuotas() {
        return quotas;
    }

    public Long getOwnerDistrictId() {
        return ownerDistrictId;
    }

}
