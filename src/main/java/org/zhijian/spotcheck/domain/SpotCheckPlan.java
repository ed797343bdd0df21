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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.AuditedEntity;

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

    public SpotCheckPlan(PlanDetails details, String actor, Instant now) {
        apply(details);
        created(actor, now);
    }

    public void update(PlanDetails details, String actor, Instant now) {
        apply(details);
        touched(actor, now);
    }

    private void apply(PlanDetails d) {
        if (d.categoryIds() == null || d.categoryIds().isEmpty()) {
            throw new BusinessRuleException("categoryIds", "spotcheck.plan.categoriesRequired");
        }
        if (d.quotas().values().stream().anyMatch(q -> q == null || q < 0)) {
            throw new BusinessRuleException("quotas", "spotcheck.plan.quotaNegative");
        }
        this.code = d.code().strip().toUpperCase();
        this.title = d.title().strip();
        this.year = d.year();
        this.level = d.level();
        this.joint = d.joint();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        this.categoryIds.clear();
        this.categoryIds.addAll(d.categoryIds());
        this.quotas.clear();
        d.quotas().forEach((district, n) -> {
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

}
