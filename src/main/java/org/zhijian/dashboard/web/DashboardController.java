package org.zhijian.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.dashboard.domain.DashboardFilter;
import org.zhijian.dashboard.domain.DashboardService;
import org.zhijian.dashboard.domain.DashboardView;
import org.zhijian.dashboard.domain.EarlyWarning;
import org.zhijian.dashboard.domain.EnterpriseRow;
import org.zhijian.dashboard.domain.ProductNames;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.region.domain.Districts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboards and their drill-downs: city -> district -> product -> enterprise
 * -> batch. Every link carries the filter (period, level, product).
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    static final String VIEW = "dashboard/overview";
    /** Warnings shown on a dashboard before "show all". */
    static final int WARNINGS_SHOWN = 20;
    private static final String ALL_WARNINGS = "all";

    private final DashboardService dashboards;
    private final CatalogueService catalogue;
    private final Districts districts;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final CaseService cases;

    DashboardController(DashboardService dashboards, CatalogueService catalogue, Districts districts,
                        MessageSource messages, JsonMapper json, Clock clock, CaseService cases) {
        this.cases = cases;
        this.dashboards = dashboards;
        this.catalogue = catalogue;
        this.districts = districts;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    String city(@ModelAttribute("filter") FilterForm form,
                @RequestParam(name = "warnings", required = false) String warnings, Model model) {
        DashboardFilter f = dashboards.scoped(form.toFilter(LocalDate.now(clock)));
        Long own = dashboards.ownDistrict();
        if (own != null) {
            return "redirect:/dashboard/districts/" + own + "?" + FilterForm.query(f);
        }
        return show(dashboards.city(f), ALL_WARNINGS.equals(warnings), model);
    }

    @GetMapping("/districts/{id}")
    String district(@PathVariable long id, @ModelAttribute("filter") FilterForm form,
                    @RequestParam(name = "warnings", required = false) String warnings, Model model) {
        return show(dashboards.district(id, form.toFilter(LocalDate.now(clock))), ALL_WARNINGS.equals(warnings),
                model);
    }

    /** Product -> enterprises (within one district, or the whole city for city-level users). */
    @GetMapping("/products/{categoryId}")
    String product(@PathVariable long categoryId, @ModelAttribute("filter") FilterForm form, Model model) {
        DashboardFilter f = dashboards.scoped(form.toFilter(LocalDate.now(clock)).withCategory(categoryId));
        model.addAttribute("product", catalogue.get(categoryId).name(LocaleContextHolder.getLocale()));
        model.addAttribute("districtName", districts.name(f.districtId()));
        List<EnterpriseRow> rows = dashboards.enterprises(f);
        model.addAttribute("rows", rows);
        model.addAttribute("totals", EnterpriseRow.total(rows));
        model.addAttribute("filterQuery", FilterForm.query(f));
        model.addAttribute("backQuery", FilterForm.query(f));
        model.addAttribute("districtId", f.districtId());
        return "dashboard/product";
    }

    /** Enterprise -> batches in the period (each links to the spot-check batch page). */
    @GetMapping("/enterprises/{enterpriseId}")
    String enterprise(@PathVariable long enterpriseId, @ModelAttribute("filter") FilterForm form, Model model) {
        DashboardFilter f = form.toFilter(LocalDate.now(clock));
        model.addAttribute("rows", dashboards.batches(enterpriseId, f));
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", dashboards.enterpriseName(enterpriseId));
        model.addAttribute("productNames", ProductNames.of(catalogue, LocaleContextHolder.getLocale()));
        model.addAttribute("filterQuery", FilterForm.query(f));
        return "dashboard/enterprise";
    }

    /**
     * The first warnings of the view, or all of them when asked ({@code warnings=all}): a province's
     * city view raises hundreds of hazard clusters, which no head reads on a dashboard and which made
     * its page most of a megabyte. The list is the view's own, so the count in the link is its size.
     */
    private String show(DashboardView view, boolean allWarnings, Model model) {
        model.addAttribute("view", view);
        List<EarlyWarning> warnings = view.warnings();
        model.addAttribute("warnings", allWarnings || warnings.size() <= WARNINGS_SHOWN ? warnings
                : warnings.subList(0, WARNINGS_SHOWN));
        model.addAttribute("enforcement", cases.figures(view.districtId()));
        model.addAttribute("filterQuery", FilterForm.query(view.filter()));
        model.addAttribute("chartJson", ChartData.json(json, ChartData.of(view, messages,
                LocaleContextHolder.getLocale())));
        model.addAttribute("cityWide", dashboards.ownDistrict() == null);
        model.addAttribute("presets", Preset.of(LocalDate.now(clock)));
        return VIEW;
    }

    /** Quick periods offered above the filter: this year, its halves, last year. */
    record Preset(String messageCode, LocalDate from, LocalDate to) {

        static List<Preset> of(LocalDate today) {
            int y = today.getYear();
            return List.of(new Preset("dashboard.preset.year", LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)),
                    new Preset("dashboard.preset.h1", LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30)),
                    new Preset("dashboard.preset.h2", LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)),
                    new Preset("dashboard.preset.lastYear", LocalDate.of(y - 1, 1, 1), LocalDate.of(y - 1, 12, 31)));
        }
    }
}
