package org.zhijian.system.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhijian.account.Role;

/** The logged-in user as security sees it: who, which role, which district (null = city). */
public record ZhijianUserDetails(
        Long userId,
        String username,
        String password,
        String displayName,
        Role role,
        Long districtId,
        boolean enabled,
        boolean locked) implements UserDetails {

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

    public AccessScope scope() {
        return new AccessScope(userId, username, role, districtId);
    }
}
