package org.zhijian.system.security;

/**
 * What a user does at the bureau: 监督检查员, 局长/处长, 管理员. The security role: the role matrix
 * ({@link Action}) and the scope read it; the accounts module stores it on each user.
 */
public enum Role {
    INSPECTOR, HEAD, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
