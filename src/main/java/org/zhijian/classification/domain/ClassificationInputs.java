package org.zhijian.classification.domain;

import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.licence.domain.LicenceStatus;

/**
 * Everything the class of one enterprise depends on. {@code licenceStatus} is the worst status
 * among its licences (the one the rules weigh most); {@code listed} says it is on the serious
 * illegal and dishonest list (严重违法失信名单), which makes it class D.
 */
public record ClassificationInputs(RiskClass productRisk, int spotCheckFailures, long openMajorHazards,
                                   long openGeneralHazards, LicenceStatus licenceStatus, long complaints,
                                   long violations, boolean listed) {

    /** An enterprise that is not listed. */
    public ClassificationInputs(RiskClass productRisk, int spotCheckFailures, long openMajorHazards,
                                long openGeneralHazards, LicenceStatus licenceStatus, long complaints,
                                long violations) {
        this(productRisk, spotCheckFailures, openMajorHazards, openGeneralHazards, licenceStatus, complaints,
                violations, false);
    }
}
