package org.zhijian.classification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/**
 * The class of one licensed enterprise: the computed class with its score and factors (JSON), an
 * admin's override with its reason, and the inspection schedule it sets.
 */
@Entity
@Table(name = "enterprise_class")
public class EnterpriseClass extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false, unique = true)
    private Enterprise enterprise;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "computed_class", nullable = false, length = 1)
    private SupervisionClass computedClass;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false, length = 4000)
    private String factors;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "override_class", length = 1)
    private SupervisionClass overrideClass;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "overridden_by", length = 50)
    private String overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "last_inspected_on")
    private LocalDate lastInspectedOn;

    @Column(name = "next_due_on", nullable = false)
    private LocalDate nextDueOn;

    protected EnterpriseClass() {
    }

    EnterpriseClass(Enterprise enterprise, LocalDate today) {
        this.enterprise = enterprise;
        this.createdOn = today;
    }

    /** Takes a fresh computation; returns whether the effective class changed. */
    boolean computed(Classification c, String factorsJson, Instant now, ClassificationRules rules) {
        SupervisionClass before = computedClass == null ? null : effectiveClass();
        this.computedClass = c.supervisionClass();
        this.score = c.score();
        this.factors = factorsJson;
        this.computedAt = now;
        reschedule(rules);
        return before != effectiveClass();
    }

    void override(SupervisionClass cls, String reason, String actor, Instant now, ClassificationRules rules) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "risk.class.override.reasonRequired");
        }
        this.overrideClass = cls;
        this.overrideReason = reason.strip();
        this.overriddenBy = actor;
        this.overriddenAt = now;
        reschedule(rules);
    }

    void clearOverride(ClassificationRules rules) {
        this.overrideClass = null;
        this.overrideReason = null;
        this.overriddenBy = null;
        this.overriddenAt = null;
        reschedule(rules);
    }

    void inspected(LocalDate on, ClassificationRules rules) {
        this.lastInspectedOn = on;
        reschedule(rules);
    }

    private void reschedule(ClassificationRules rules) {
        LocalDate base = lastInspectedOn != null ? lastInspectedOn : createdOn;
        this.nextDueOn = base.plusMonths(rules.monthsBetweenInspections(effectiveClass()));
    }

    public SupervisionClass effectiveClass() {
        return overrideClass != null ? overrideClass : computedClass;
    }

    public boolean isOverridden() {
        return overrideClass != null;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("computedClass", computedClass == null ? null : computedClass.name());
        s.put("score", score);
        s.put("overrideClass", overrideClass == null ? null : overrideClass.name());
        s.put("overrideReason", overrideReason);
        s.put("lastInspectedOn", lastInspectedOn == null ? null : lastInspectedOn.toString());
        s.put("nextDueOn", nextDueOn == null ? null : nextDueOn.toString());
        return s;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public SupervisionClass getComputedClass() {
        return computedClass;
    }

    public int getScore() {
        return score;
    }

    public String getFactors() {
        return factors;
    }

    public Instant getComputedAt() {
        return computedAt;
    }

    public SupervisionClass getOverrideClass() {
        return overrideClass;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public Instant getOverriddenAt() {
        return overriddenAt;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getLastInspectedOn() {
        return lastInspectedOn;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }
}
