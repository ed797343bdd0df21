package org.zhijian.draw.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.BaseEntity;

/** 回避: an inspector who must not inspect an enterprise (kinship, former employment, …). */
@Entity
@Table(name = "inspector_conflict")
public class InspectorConflict extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected InspectorConflict() {
    }

    InspectorConflict(Long userId, Long enterpriseId, String reason, String actor, Instant now) {
        this.userId = userId;
        this.enterpriseId = enterpriseId;
        this.reason = reason.strip();
        this.recordedBy = actor;
        this.recordedAt = now;
    }

    public DrawEngine.Conflict toConflict() {
        return new DrawEngine.Conflict(userId, enterpriseId);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("userId", userId);
        s.put("enterpriseId", enterpriseId);
        s.put("reason", reason);
        return s;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
