package org.zhijian.hazard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.jpa.BaseEntity;

/**
 * A hidden hazard (隐患) with its rectification notice number, deadline and responsible person.
 * It changes state only through {@link #perform}, which returns the step to keep.
 */
@Entity
@Table(name = "hazard")
public class Hazard extends BaseEntity {

    @Column(name = "notice_number", nullable = false, unique = true, length = 60)
    private String noticeNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "risk_point_id")
    private Long riskPointId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HazardLevel level;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 1000)
    private String requirement;

    @Column(name = "legal_basis", nullable = false, length = 300)
    private String legalBasis;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "responsible_person", nullable = false, length = 60)
    private String responsiblePerson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private HazardStatus status = HazardStatus.NOTIFIED;

    /** The form's submission key: a repeated post finds this hazard instead of recording another. */
    @Column(name = "submission_token", unique = true, length = 64)
    private String submissionToken;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected Hazard() {
    }

    public Hazard(Enterprise enterprise, HazardDetails d, String noticeNumber, String actor, Instant now) {
        if (d.deadline().isBefore(d.foundOn())) {
            throw new BusinessRuleException("deadline", "risk.hazard.deadline.beforeFound");
        }
        this.enterprise = enterprise;
        this.noticeNumber = noticeNumber;
        this.campaignId = d.campaignId();
        this.riskPointId = d.riskPointId();
        this.level = d.level();
        this.description = d.description().strip();
        this.requirement = d.requirement().strip();
        this.legalBasis = d.legalBasis().strip();
        this.foundOn = d.foundOn();
        this.deadline = d.deadline();
        this.responsiblePerson = d.responsiblePerson().strip();
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void submittedAs(String token) {
        this.submissionToken = token;
    }

    public HazardStep perform(HazardAction action, String note, String actor, Instant now) {
        HazardStatus previous = status;
        this.status = action.apply(status, note);
        this.updatedAt = now;
        this.updatedBy = actor;
        if (action == HazardAction.REJECT) {
            // a rejected rectification is a fresh notice: it may escalate again if it runs late
            this.escalatedAt = null;
        }
        return new HazardStep(this, action.name(), previous, status, note, actor, now);
    }

    /** Past its deadline and still waiting for the enterprise to rectify. */
    public boolean isOverdueOn(LocalDate today) {
        return status == HazardStatus.NOTIFIED && deadline.isBefore(today);
    }

    HazardStep escalate(String actor, Instant now) {
        this.escalatedAt = now;
        return new HazardStep(this, "ESCALATE", status, status, null, actor, now);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("noticeNumber", noticeNumber);
        s.put("enterpriseId", enterprise.getId());
        s.put("campaignId", campaignId);
        s.put("riskPointId", riskPointId);
        s.put("level", level.name());
        s.put("description", description);
        s.put("requirement", requirement);
        s.put("legalBasis", legalBasis);
        s.put("foundOn", foundOn.toString());
        s.put("deadline", deadline.toString());
        s.put("responsiblePerson", responsiblePerson);
        s.put("status", status.name());
        return s;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getRiskPointId() {
        return riskPointId;
    }

    public HazardLevel getLevel() {
        return level;
    }

    public String getDescription() {
        return description;
    }

    public String getRequirement() {
        return requirement;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public HazardStatus getStatus() {
        return status;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
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
