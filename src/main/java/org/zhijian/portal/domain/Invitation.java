package org.zhijian.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.BaseEntity;

/**
 * An invitation to the enterprise side (企业端): the link an admin hands an enterprise's quality-safety
 * director/officer. Only the token's SHA-256 is kept, so the table cannot be used to log in; the link
 * works once, before it expires.
 */
@Entity
@Table(name = "portal_invitation")
public class Invitation extends BaseEntity {

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 50)
    private String username;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "invited_by", nullable = false, length = 50)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Invitation() {
    }

    Invitation(String tokenHash, Long userId, String username, Long enterpriseId, Long districtId, Instant expiresAt,
               String invitedBy, Instant now) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.username = username;
        this.enterpriseId = enterpriseId;
        this.districtId = districtId;
        this.expiresAt = expiresAt;
        this.invitedBy = invitedBy;
        this.createdAt = now;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("userId", userId);
        s.put("enterpriseId", enterpriseId);
        s.put("expiresAt", expiresAt);
        s.put("usedAt", usedAt);
        return s;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
