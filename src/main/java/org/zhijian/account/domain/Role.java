package org.zhijian.account.domain;

/** What a user does at the bureau: 监督检查员, 局长/处长, 管理员. */
public enum Role {
    INSPECTOR, HEAD, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
