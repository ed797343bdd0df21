package org.zhijian.system.security;

/**
 * What a user does at the bureau: 监督检查员, 局长/处长, 管理员; or, for {@link #ENTERPRISE}, an
 * enterprise's own quality-safety director or officer (质量安全总监/员), bound to that one enterprise. The security role: the role matrix
 * ({@link Action}) and the scope read it; the accounts module stores it on each user.
 */
public enum Role {
    INSPECTOR, HEAD, ADMIN, ENTERPRISE;

    /** The bureau's roles: the ones a user form offers (enterprise users come by invitation). */
    public static java.util.List<Role> bureauRoles() {
        return java.util.List.of(INSPECTOR, HEAD, ADMIN);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
