package org.zhijian.spotcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PassRate;
import org.zhijian.spotcheck.domain.PassRateService;
import org.zhijian.spotcheck.domain.PassRateSlice;
import org.zhijian.spotcheck.domain.RateGroup;
import org.zhijian.system.BusinessRuleException;

/** Pass rates (抽样合格率) of a slice and of its groups. */
@RestController
@RequestMapping("/api/v1/spotchecks")
@Tag(name = "Spot checks", description = "监督抽查: catalogue, plans, batches, results, post-processing, pass rates;"
        + " batches are scoped to the district of their enterprise")
class PassRateApiController {

    private final PassRateService passRates;

    PassRateApiController(PassRateService passRates) {
        this.passRates = passRates;
    }

    record RateResponse(long batches, long passed, long enterprises, long products, BigDecimal percent,
                        BigDecimal lowerPercent, BigDecimal upperPercent, BigDecimal changePoints,
                        Long previousBatches, BigDecimal previousPercent) {

        static RateResponse of(PassRate r) {
            return new RateResponse(r.batches(), r.passed(), r.enterprises(), r.products(), r.percent(),
                    r.lowerPercent(), r.upperPercent(), r.changePoints(),
                    r.previous() == null ? null : r.previous().batches(),
                    r.previous() == null ? null : r.previous().percent());
        }
    }

    record SummaryResponse(LocalDate from, LocalDate to, RateResponse rate, String summary) {
    }

    record GroupResponse(String key, String label, RateResponse rate, boolean belowOverall) {

        static GroupResponse of(RateGroup g) {
            return new GroupResponse(String.valueOf(g.key()), g.label(), RateResponse.of(g.rate()), g.belowOverall());
        }
    }

    @GetMapping("/pass-rates")
    @Operation(summary = "Pass rate (抽样合格率) of a slice from final verdicts only, with its 95 % Wilson interval,"
            + " the change against the same period a year earlier in points, and the summary sentence"
            + " (Accept-Language: zh or en)")
    SummaryResponse passRate(@RequestParam LocalDate from, @RequestParam LocalDate to,
                             @RequestParam(required = false) Long districtId,
                             @RequestParam(required = false) Long categoryId,
                             @RequestParam(required = false) PlanLevel level,
                             @RequestParam(required = false) Long enterpriseId,
                             @RequestParam(required = false) Long planId) {
        PassRateSlice slice = slice(from, to, districtId, categoryId, level, enterpriseId, planId);
        return new SummaryResponse(from, to, RateResponse.of(passRates.rate(slice)), passRates.summary(slice));
    }

    @GetMapping("/pass-rates/groups")
    @Operation(summary = "Pass rates grouped by district, category or month; belowOverall flags a group whose"
            + " interval lies wholly below the slice's rate")
    List<GroupResponse> passRateGroups(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                       @RequestParam(defaultValue = "district") String by,
                                       @RequestParam(required = false) Long districtId,
                                       @RequestParam(required = false) Long categoryId,
                                       @RequestParam(required = false) PlanLevel level,
                                       @RequestParam(required = false) Long planId) {
        PassRateSlice slice = slice(from, to, districtId, categoryId, level, null, planId);
        List<RateGroup> groups = switch (by) {
            case "district" -> passRates.byDistrict(slice);
            case "category" -> passRates.byCategory(slice);
            case "month" -> passRates.byMonth(slice);
            default -> throw new BusinessRuleException("by", "spotcheck.rates.badGrouping");
        };
        return groups.stream().map(GroupResponse::of).toList();
    }

    private static PassRateSlice slice(LocalDate from, LocalDate to, Long districtId, Long categoryId,
                                       PlanLevel level, Long enterpriseId, Long planId) {
        if (to.isBefore(from)) {
            throw new BusinessRuleException("to", "spotcheck.rates.badPeriod");
        }
        return new PassRateSlice(from, to, districtId, categoryId, level, enterpriseId, planId);
    }
}
