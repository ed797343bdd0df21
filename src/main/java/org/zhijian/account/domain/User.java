package org.zhijian.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zhijian.system.jpa.BaseEntity;
import org.zhijian.system.security.Role;

/** A person who logs in. Belongs to one district, or to the city when districtId is null. */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "district_id")
    private Long districtId;

    /** The enterprise an enterprise user (role ENTERPRISE) is bound to; null for the bureau's users. */
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** Where the notification mails go (issue 13); none means the user gets no mail. */
    @Column(length = 200)
    private String email;

    protected User() {
    }

    public User(String username, String passwordHash, String displayName, Role role, Long districtId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.districtId = districtId;
    }

    /**
     * An enterprise's quality-safety director/officer, invited by an admin: disabled, with a password
     * nobody knows, until they set their own through the invitation ({@link #activate}).
     */
    public static User invitedEnterpriseUser(String username, String unusablePasswordHash, String displayName,
                                             Long districtId, Long enterpriseId) {
        User u = new User(username, unusablePasswordHash, displayName, Role.ENTERPRISE, districtId);
        u.enterpriseId = enterpriseId;
        u.enabled = false;
        return u;
    }

    public void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** For display only; login decisions use {@link #isLockedAt} with the application clock. */
    public boolean isCurrentlyLocked() {
        return isLockedAt(Instant.now());
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public void update(String displayName, Role role, Long districtId, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.districtId = districtId;
        this.enabled = enabled;
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("displayName", displayName);
        s.put("role", role);
        s.put("districtId", districtId);
        if (enterpriseId != null) {
            s.put("enterpriseId", enterpriseId);
        }
        s.put("enabled", enabled);
        s.put("email", email);
        return s;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
