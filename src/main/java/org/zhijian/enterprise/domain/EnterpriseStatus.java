package org.zhijian.enterprise.domain;

/** Business status of an enterprise: 在业, 停业, 注销. */
public enum EnterpriseStatus {
    ACTIVE, SUSPENDED, DEREGISTERED;

    public String messageCode() {
        return "enterprise.status." + name();
    }
}
