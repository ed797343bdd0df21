package org.zhijian.dashboard.web;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.spotcheck.domain.PlanLevel;

/** The choices of the period / level / product filter, for every dashboard and report page. */
@ControllerAdvice(assignableTypes = {DashboardController.class, ReportController.class})
class FilterChoices {

    private final CatalogueService catalogue;

    FilterChoices(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @ModelAttribute("levels")
    PlanLevel[] levels() {
        return PlanLevel.values();
    }

    @ModelAttribute("categories")
    List<ProductCategory> categories() {
        return catalogue.all();
    }
}
