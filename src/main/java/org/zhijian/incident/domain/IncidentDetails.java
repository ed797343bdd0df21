package org.zhijian.incident.domain;

import java.time.Instant;

/** An incident as it is opened; with an enterprise, its district is the enterprise's. */
public record IncidentDetails(String title, IncidentLevel level, Long enterpriseId, Long districtId,
                              String description, Instant occurredAt, boolean drill, Long riskInformationId) {
}
