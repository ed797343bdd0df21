package org.zhijian.incident.domain;

import java.time.Instant;

/**
 * A head's conclusion on a piece of risk information (研判结论): the action and why. For
 * {@link RiskAction#INCIDENT} it also says the incident's level, when it occurred (default: when
 * the information arrived) and whether it is a drill.
 */
public record Assessment(RiskAction action, String reason, IncidentLevel incidentLevel, Instant occurredAt,
                         boolean drill) {

    public static Assessment of(RiskAction action, String reason) {
        return new Assessment(action, reason, null, null, false);
    }
}
