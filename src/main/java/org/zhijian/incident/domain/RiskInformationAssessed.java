package org.zhijian.incident.domain;

import java.time.LocalDate;

/**
 * A head closed a risk-information item with an action (研判). Enforcement listens for CLUE; the incident module itself starts an incident or calls inspection for a task.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record RiskInformationAssessed(Long informationId, Long enterpriseId, Long districtId, RiskAction action, String summary, String reason, String assessedBy, LocalDate assessedOn) {
}
