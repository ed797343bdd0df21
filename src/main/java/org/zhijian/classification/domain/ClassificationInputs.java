package org.zhijian.classification.domain;

import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.licence.domain.LicenceStatus;

/**
 * Everything the class of one enterprise depends on. {@code licenceStatus} is the worst status
 * among its licences (the one the rules weigh most).
 */
public record ClassificationInputs(RiskClass productRisk, int spotCheckFailures, long openMajorHazards,
                                   long openGeneralHazards, LicenceStatus licenceStatus, long complaints,
                                   long violations) {
}
