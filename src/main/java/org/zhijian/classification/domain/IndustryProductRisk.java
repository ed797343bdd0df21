package org.zhijian.classification.domain;

import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Enterprise;

/**
 * Product risk from the enterprise's industry, by the configured lists
 * (zhijian.risk.classification.*-risk-industries): the fallback for industries the catalogue lacks.
 */
class IndustryProductRisk implements ProductRiskSource {

    private final ClassificationRules rules;

    IndustryProductRisk(ClassificationRules rules) {
        this.rules = rules;
    }

    @Override
    public RiskClass riskOf(Enterprise enterprise) {
        if (rules.getHighRiskIndustries().contains(enterprise.getIndustry())) {
            return RiskClass.HIGH;
        }
        if (rules.getMediumRiskIndustries().contains(enterprise.getIndustry())) {
            return RiskClass.MEDIUM;
        }
        return RiskClass.LOW;
    }
}
