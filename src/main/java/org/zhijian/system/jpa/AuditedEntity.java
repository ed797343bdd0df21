package org.zhijian.system.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A record that shows who created it and who last changed it, and when; the
 * full before/after history lives in the audit trail.
 */
@MappedSuperclass
public abstract class AuditedEntity extends BaseEntity {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected void created(String actor, Instant now) {
        this.createdAt = now;
        this.createdBy = actor;
        touched(actor, now);
    }

    protected void touched(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
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
