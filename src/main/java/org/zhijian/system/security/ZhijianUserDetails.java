package org.zhijian.system.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as security sees it: who, which role, which district (null = city).
 * The password hash is erased after login, so it never reaches the session table.
 */
public final class ZhijianUserDetails implements UserDetails, CredentialsContainer {

    private final Long userId;
    private final String username;
    private String password;
    private final String displayName;
    private final Role role;
    private final Long districtId;
    private final Long enterpriseId;
    private final boolean enabled;
    private final boolean locked;

    public ZhijianUserDetails(Long userId, String username, String password, String displayName, Role role,
                              Long districtId, boolean enabled, boolean locked) {
        this(userId, username, password, displayName, role, districtId, null, enabled, locked);
    }

    /** An enterprise user (issue 13): bound to one enterprise, in that enterprise's district. */
    public ZhijianUserDetails(Long userId, String username, String password, String displayName, Role role,
                              Long districtId, Long enterpriseId, boolean enabled, boolean locked) {
        this.enterpriseId = enterpriseId;
        this.userId = userId;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
        this.role = role;
        this.districtId = districtId;
        this.enabled = enabled;
        this.locked = locked;
    }

    public AccessScope scope() {
        return new AccessScope(userId, username, role, districtId, enterpriseId);
    }

    public Long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Long districtId() {
        return districtId;
    }

    public Long enterpriseId() {
        return enterpriseId;
    }

    /** For templates (principal.displayName). */
    public String getDisplayName() {
        return displayName;
    }

    /** For templates (principal.districtId). */
    public Long getDistrictId() {
        return districtId;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZhijianUserDetails other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "ZhijianUserDetails[" + username + ", " + role + ", district " + districtId
                + (enterpriseId == null ? "" : ", enterprise " + enterpriseId) + "]";
    }
}
