package org.zhijian.account.domain;

import org.zhijian.system.security.Role;

/** What an admin sets on an account. */
public record UserProfile(String username, String displayName, Role role, Long districtId, boolean enabled) {
}
