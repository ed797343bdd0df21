package org.zhijian.system.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change or denied access: who, when, what before, what after. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(name = "district_id")
    private Long districtId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "before_state", columnDefinition = "text")
    private String beforeState;

    @Column(name = "after_state", columnDefinition = "text")
    private String afterState;

    @Column(length = 500)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(String entityType, Long entityId, String action, String actor, Long districtId, Instant occurredAt,
               String beforeState, String afterState, String detail) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.actor = actor;
        this.districtId = districtId;
        this.occurredAt = occurredAt;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getDetail() {
        return detail;
    }
}
