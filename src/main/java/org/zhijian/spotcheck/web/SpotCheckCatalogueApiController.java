package org.zhijian.spotcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.LimitKind;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.catalogue.domain.TestItem;

/** The product catalogue as spot checks use it: categories, test items and limits. */
@RestController
@RequestMapping("/api/v1/spotchecks")
@Tag(name = "Spot checks", description = "监督抽查: catalogue, plans, batches, results, post-processing, pass rates;"
        + " batches are scoped to the district of their enterprise")
class SpotCheckCatalogueApiController {

    private final CatalogueService catalogue;

    SpotCheckCatalogueApiController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    record ItemResponse(Long id, String name, String unit, LimitKind limitKind, BigDecimal lowerLimit,
                        BigDecimal upperLimit, String method) {

        static ItemResponse of(TestItem i) {
            return new ItemResponse(i.getId(), i.getName(), i.getUnit(), i.getLimitKind(), i.getLowerLimit(),
                    i.getUpperLimit(), i.getMethod());
        }
    }

    record CategoryResponse(Long id, String code, String name, String nameEn, RiskClass riskClass, String standard,
                            boolean active, List<ItemResponse> items) {

        static CategoryResponse of(ProductCategory c) {
            return new CategoryResponse(c.getId(), c.getCode(), c.getName(), c.getNameEn(), c.getRiskClass(),
                    c.getStandard(), c.isActive(), c.getItems().stream().map(ItemResponse::of).toList());
        }
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The product catalogue with test items and limits")
    List<CategoryResponse> catalogue() {
        return catalogue.all().stream().map(CategoryResponse::of).toList();
    }
}
