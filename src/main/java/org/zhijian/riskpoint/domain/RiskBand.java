package org.zhijian.riskpoint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.zhijian.system.jpa.BaseEntity;

/** One admin-configurable grading band: the lower edge of a grade for a method. */
@Entity
@Table(name = "risk_band")
public class RiskBand extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private RiskMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RiskGrade grade;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal threshold;

    @Column(nullable = false)
    private boolean inclusive;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 50)
    private String updatedBy;

    protected RiskBand() {
    }

    public GradingBands.Threshold toThreshold() {
        return new GradingBands.Threshold(grade, threshold, inclusive);
    }

    void change(BigDecimal threshold, boolean inclusive, String actor, Instant now) {
        this.threshold = threshold;
        this.inclusive = inclusive;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public RiskMethod getMethod() {
        return method;
    }

    public RiskGrade getGrade() {
        return grade;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public boolean isInclusive() {
        return inclusive;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
