package org.zhijian.incident.domain;

import java.util.Map;
import java.util.Set;
import org.zhijian.system.BusinessRuleException;

/**
 * Where a piece of risk information is: received (待研判), being assessed (研判中), closed with an
 * action (已办结). A head may close it straight from received; nothing leaves closed.
 */
public enum RiskInformationStatus {
    RECEIVED, ASSESSING, CLOSED;

    private static final Map<RiskInformationStatus, Set<RiskInformationStatus>> NEXT = Map.of(
            RECEIVED, Set.of(ASSESSING, CLOSED),
            ASSESSING, Set.of(CLOSED),
            CLOSED, Set.of());

    public boolean canMoveTo(RiskInformationStatus target) {
        return NEXT.get(this).contains(target);
    }

    RiskInformationStatus moveTo(RiskInformationStatus target) {
        if (!canMoveTo(target)) {
            throw new BusinessRuleException("status", "incident.risk.status.notAllowed");
        }
        return target;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }

    public String messageCode() {
        return "incident.risk.status." + name();
    }
}
