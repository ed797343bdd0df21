package org.zhijian.hazard.domain;

import java.time.LocalDate;

/** A hidden hazard as found in an investigation (隐患排查). */
public record HazardDetails(Long enterpriseId, Long campaignId, Long riskPointId, HazardLevel level,
                            String description, String requirement, String legalBasis, LocalDate foundOn,
                            LocalDate deadline, String responsiblePerson) {
}
