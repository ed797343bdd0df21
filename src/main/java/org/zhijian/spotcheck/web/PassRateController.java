package org.zhijian.spotcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.region.domain.Districts;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PassRateService;
import org.zhijian.spotcheck.domain.PassRateSlice;

@Controller
@RequestMapping("/spotchecks/rates")
class PassRateController {

    private final PassRateService passRates;
    private final BatchService batches;
    private final CatalogueService catalogue;
    private final Districts districts;
    private final SpotCheckExports exports;
    private final MessageSource messages;

    PassRateController(PassRateService passRates, BatchService batches, CatalogueService catalogue,
                       Districts districts, SpotCheckExports exports, MessageSource messages) {
        this.passRates = passRates;
        this.batches = batches;
        this.catalogue = catalogue;
        this.districts = districts;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping
    String rates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Long districtId, @RequestParam(required = false) Long categoryId,
                 @RequestParam(required = false) PlanLevel level, Model model) {
        PassRateSlice slice = slice(from, to, districtId, categoryId, level);
        model.addAttribute("slice", slice);
        model.addAttribute("rate", passRates.rate(slice));
        model.addAttribute("summary", passRates.summary(slice));
        model.addAttribute("byDistrict", passRates.byDistrict(slice));
        model.addAttribute("byCategory", passRates.byCategory(slice));
        model.addAttribute("byMonth", passRates.byMonth(slice));
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("categoryList", catalogue.active());
        model.addAttribute("levels", PlanLevel.values());
        return "spotcheck/rates";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long districtId, @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) PlanLevel level, @RequestParam(defaultValue = "district") String by,
                HttpServletResponse response) throws IOException {
        PassRateSlice slice = slice(from, to, districtId, categoryId, level);
        var groups = switch (by) {
            case "category" -> passRates.byCategory(slice);
            case "month" -> passRates.byMonth(slice);
            default -> passRates.byDistrict(slice);
        };
        exports.rates(messages.getMessage("spotcheck.rates.title", null, LocaleContextHolder.getLocale()), groups,
                response);
    }

    private PassRateSlice slice(LocalDate from, LocalDate to, Long districtId, Long categoryId, PlanLevel level) {
        LocalDate today = batches.today();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null && !to.isBefore(start) ? to : (to == null ? today : start);
        return new PassRateSlice(start, end, districtId, categoryId, level, null, null);
    }
}
