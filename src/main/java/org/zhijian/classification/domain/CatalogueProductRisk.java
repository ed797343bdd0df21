package org.zhijian.classification.domain;

import java.util.Comparator;
import org.springframework.stereotype.Component;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.ProductCategoryRepository;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Enterprise;

/**
 * Product risk from the catalogue: the highest risk class of the categories of
 * the enterprise's industry. An industry the catalogue does not cover falls back
 * to the configured industry lists.
 */
@Component
class CatalogueProductRisk implements ProductRiskSource {

    private final ProductCategoryRepository categories;
    private final IndustryProductRisk byIndustry;

    CatalogueProductRisk(ProductCategoryRepository categories, ClassificationRules rules) {
        this.categories = categories;
        this.byIndustry = new IndustryProductRisk(rules);
    }

    @Override
    public RiskClass riskOf(Enterprise enterprise) {
        return categories.findByIndustry(enterprise.getIndustry()).stream()
                .map(ProductCategory::getRiskClass)
                .min(Comparator.naturalOrder())
                .orElseGet(() -> byIndustry.riskOf(enterprise));
    }
}
