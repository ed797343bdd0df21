package org.zhijian.portal.domain;

/** 待审核 → 已采纳 / 已退回 (with the reason). A rejected file stays; the enterprise uploads another. */
public enum EvidenceStatus {
    SUBMITTED, ACCEPTED, REJECTED;

    public String messageCode() {
        return "portal.evidence.status." + name();
    }
}
