package org.zhijian.classification.domain;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Enterprise;

/**
 * Product risk from the catalogue: the highest risk class of the categories of
 * the enterprise's industry. An industry the catalogue does not cover falls back
 * to the configured industry lists.
 */
@Component
class CatalogueProductRisk implements ProductRiskSource {

    private final CatalogueService catalogue;
    private final IndustryProductRisk byIndustry;

    CatalogueProductRisk(CatalogueService catalogue, ClassificationRules rules) {
        this.catalogue = catalogue;
        this.byIndustry = new IndustryProductRisk(rules);
    }

    @Override
    public RiskClass riskOf(Enterprise enterprise) {
        return catalogue.ofIndustry(enterprise.getIndustry()).stream()
                .map(ProductCategory::getRiskClass)
                .min(Comparator.naturalOrder())
                .orElseGet(() -> byIndustry.riskOf(enterprise));
    }
}
