package org.zhijian.riskpoint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.jpa.BaseEntity;

/**
 * A risk point (风险点) at an enterprise: where, what can go wrong, how it is controlled, who
 * answers for it (实名制), and its current assessment and grade. Every assessment is also kept
 * as a {@link RiskAssessment} row.
 */
@Entity
@Table(name = "risk_point")
public class RiskPoint extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 12)
    private PlaceKind placeKind;

    @Column(name = "place_name", nullable = false, length = 100)
    private String placeName;

    @Column(nullable = false, length = 1000)
    private String hazard;

    @Column(nullable = false, length = 1000)
    private String controls;

    @Column(name = "responsible_person", nullable = false, length = 60)
    private String responsiblePerson;

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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected RiskPoint() {
    }

    public RiskPoint(Enterprise enterprise, RiskPointDetails details, String actor, Instant now) {
        this.enterprise = enterprise;
        this.campaignId = details.campaignId();
        this.createdAt = now;
        this.createdBy = actor;
        describe(details, actor, now);
    }

    /** Changes the description; the assessment changes only through {@link #assess}. */
    public void describe(RiskPointDetails d, String actor, Instant now) {
        this.placeKind = d.placeKind();
        this.placeName = d.placeName().strip();
        this.hazard = d.hazard().strip();
        this.controls = d.controls().strip();
        this.responsiblePerson = d.responsiblePerson().strip();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** A new assessment with its grade; returns the history row to keep. */
    public RiskAssessment assess(Assessment a, RiskGrade newGrade, String actor, Instant now) {
        this.method = a.method();
        this.likelihood = a.likelihood();
        this.exposure = a.exposure();
        this.severity = a.severity();
        this.score = a.score();
        this.grade = newGrade;
        this.assessedAt = now;
        this.updatedAt = now;
        this.updatedBy = actor;
        return new RiskAssessment(this, RiskAssessment.Kind.ASSESSED, actor, now);
    }

    /** The same assessment under changed bands; null when the grade stays. */
    public RiskAssessment regrade(GradingBands bands, String actor, Instant now) {
        RiskGrade next = bands.grade(score);
        if (next == grade) {
            return null;
        }
        this.grade = next;
        this.updatedAt = now;
        this.updatedBy = actor;
        return new RiskAssessment(this, RiskAssessment.Kind.REGRADED, actor, now);
    }

    public Assessment assessment() {
        return new Assessment(method, likelihood, exposure, severity);
    }

    public boolean sameAssessment(Assessment a) {
        return assessment().equals(a);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterpriseId", enterprise.getId());
        s.put("campaignId", campaignId);
        s.put("placeKind", placeKind.name());
        s.put("placeName", placeName);
        s.put("hazard", hazard);
        s.put("controls", controls);
        s.put("responsiblePerson", responsiblePerson);
        s.put("method", method.name());
        s.put("likelihood", likelihood.toPlainString());
        s.put("exposure", exposure == null ? null : exposure.toPlainString());
        s.put("severity", severity.toPlainString());
        s.put("score", score.toPlainString());
        s.put("grade", grade.name());
        return s;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public String getPlaceName() {
        return placeName;
    }

    public String getHazard() {
        return hazard;
    }

    public String getControls() {
        return controls;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
