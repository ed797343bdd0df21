package org.zhijian.licence.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * States of a production licence and the moves between them. A suspended
 * licence may be restored; every exit may still be deregistered (注销);
 * deregistration is final.
 */
public enum LicenceStatus {
    /** 有效 */
    VALID,
    /** 暂停 */
    SUSPENDED,
    /** 撤回: product phased out, production stopped, law changed */
    WITHDRAWN,
    /** 撤销: granted unlawfully or by fraud */
    REVOKED,
    /** 吊销: cancelled as a penalty */
    CANCELLED,
    /** 注销 */
    DEREGISTERED,
    /** 过期 */
    EXPIRED;

    public Set<LicenceStatus> allowedNext() {
        return switch (this) {
            case VALID -> EnumSet.of(SUSPENDED, WITHDRAWN, REVOKED, CANCELLED, DEREGISTERED, EXPIRED);
            case SUSPENDED -> EnumSet.of(VALID, WITHDRAWN, REVOKED, CANCELLED, DEREGISTERED, EXPIRED);
            case WITHDRAWN, REVOKED, CANCELLED, EXPIRED -> EnumSet.of(DEREGISTERED);
            case DEREGISTERED -> EnumSet.noneOf(LicenceStatus.class);
        };
    }

    public boolean canMoveTo(LicenceStatus next) {
        return allowedNext().contains(next);
    }

    /** Whether the enterprise may produce under this licence. */
    public boolean isInForce() {
        return this == VALID;
    }

    public String messageCode() {
        return "licence.status." + name();
    }
}
