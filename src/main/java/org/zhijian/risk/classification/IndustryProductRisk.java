package org.zhijian.risk.classification;

import org.zhijian.enterprise.domain.Enterprise;

/** Product risk from the enterprise's industry, by the configured lists (zhijian.risk.classification.*-risk-industries). */
class IndustryProductRisk implements ProductRiskSource {

    private final ClassificationRules rules;

    IndustryProductRisk(ClassificationRules rules) {
        this.rules = rules;
    }

    @Override
    public ProductRisk riskOf(Enterprise enterprise) {
        if (rules.getHighRiskIndustries().contains(enterprise.getIndustry())) {
            return ProductRisk.HIGH;
        }
        if (rules.getMediumRiskIndustries().contains(enterprise.getIndustry())) {
            return ProductRisk.MEDIUM;
        }
        return ProductRisk.LOW;
    }
}
