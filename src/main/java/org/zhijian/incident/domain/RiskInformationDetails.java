package org.zhijian.incident.domain;

import java.time.Instant;

/**
 * A piece of risk information as it is received. With an enterprise, its district is the
 * enterprise's; without one, {@code districtId} (null: a city-level item).
 */
public record RiskInformationDetails(RiskSource source, Long enterpriseId, Long districtId, String summary,
                                     String informant, Instant receivedAt) {
}
