package org.zhijian.riskpoint.domain;

/** What a user records about a risk point; the assessment is graded by the service. */
public record RiskPointDetails(Long enterpriseId, Long campaignId, PlaceKind placeKind, String placeName,
                               String hazard, String controls, String responsiblePerson, Assessment assessment) {
}
