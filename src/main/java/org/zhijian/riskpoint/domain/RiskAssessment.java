package org.zhijian.riskpoint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One assessment of a risk point, or its regrading when the bands changed. Written once, never changed. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    public enum Kind {
        ASSESSED, REGRADED;

        public String messageCode() {
            return "risk.assessment.kind." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "risk_point_id", nullable = false)
    private RiskPoint riskPoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private RiskMethod method;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal likelihood;

    @Column(precision = 6, scale = 2)
    private BigDecimal severity;

    @Column(precision = 5, scale = 2)
    private BigDecimal exposure;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RiskGrade grade;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "assessed_by", nullable = false, length = 50)
    private String assessedBy;

    protected RiskAssessment() {
    }

    RiskAssessment(RiskPoint point, Kind kind, String actor, Instant now) {
        this.riskPoint = point;
        this.kind = kind;
        this.method = point.getMethod();
        this.likelihood = point.getLikelihood();
        this.severity = point.getSeverity();
        this.exposure = point.getExposure();
        this.score = point.getScore();
        this.grade = point.getGrade();
        this.assessedAt = now;
        this.assessedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public RiskMethod getMethod() {
        return method;
    }

    public BigDecimal getLikelihood() {
        return likelihood;
    }

    public BigDecimal getSeverity() {
        return severity;
    }

    public BigDecimal getExposure() {
        return exposure;
    }

    public BigDecimal getScore() {
        return score;
    }

    public RiskGrade getGrade() {
        return grade;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessedBy() {
        return assessedBy;
    }
}
