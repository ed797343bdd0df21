package org.zhijian.notification.domain;

import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Role;

/** Who a mail goes to, and the scope their items are looked up in. */
public record Recipient(Long userId, String username, String displayName, Role role, Long districtId, String email) {

    public AccessScope scope() {
        return new AccessScope(userId, username, role, districtId);
    }
}
