package org.zhijian.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserProfile;

/** An account as an admin types it; the initial password only when creating. */
public class UserForm {

    @NotBlank
    @Size(max = 50)
    @Pattern(regexp = "^[A-Za-z0-9_.-]+$")
    private String username;

    @NotBlank
    @Size(max = 60)
    private String displayName;

    @NotNull
    private Role role;

    /** Empty means a city-level account. */
    private Long districtId;

    private boolean enabled = true;

    @Size(max = 200)
    private String email;

    private String password;

    private long version;

    static UserForm of(User u) {
        UserForm f = new UserForm();
        f.username = u.getUsername();
        f.displayName = u.getDisplayName();
        f.role = u.getRole();
        f.districtId = u.getDistrictId();
        f.enabled = u.isEnabled();
        f.email = u.getEmail();
        f.version = u.getVersion();
        return f;
    }

    UserProfile toProfile() {
        return new UserProfile(username, displayName, role, districtId, enabled, email);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
