package org.zhijian.spotcheck.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.region.domain.Districts;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PlanLevel;
import org.zhijian.spotcheck.domain.PlanProgress;
import org.zhijian.spotcheck.domain.PlanService;
import org.zhijian.spotcheck.domain.SpotCheckPlan;
import org.zhijian.spotcheck.domain.PassRateService;
import org.zhijian.spotcheck.domain.PassRateSlice;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/spotchecks/plans")
class PlanController {

    static final String LIST_VIEW = "spotcheck/plans";
    static final String FORM_VIEW = "spotcheck/plan-form";
    static final String DETAIL_VIEW = "spotcheck/plan";

    private final PlanService plans;
    private final BatchService batches;
    private final CatalogueService catalogue;
    private final PassRateService passRates;
    private final Districts districts;
    private final AuditTrail audit;
    private final SpotCheckExports exports;

    PlanController(PlanService plans, BatchService batches, CatalogueService catalogue, PassRateService passRates,
                   Districts districts, AuditTrail audit, SpotCheckExports exports) {
        this.exports = exports;
        this.plans = plans;
        this.batches = batches;
        this.catalogue = catalogue;
        this.passRates = passRates;
        this.districts = districts;
        this.audit = audit;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("levels", PlanLevel.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        List<SpotCheckPlan> list = plans.list(year);
        model.addAttribute("plans", list);
        model.addAttribute("totals", totals(list));
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(batches.today().getYear(), batches.today().getYear() - 1));
        return LIST_VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response)
            throws java.io.IOException {
        List<SpotCheckPlan> list = plans.list(year);
        exports.plans(list, totals(list), response);
    }

    /** Planned and done batches of each plan, over the districts the user may see. */
    private Map<Long, PlanProgress> totals(List<SpotCheckPlan> list) {
        Map<Long, PlanProgress> totals = new LinkedHashMap<>();
        for (SpotCheckPlan p : list) {
            totals.put(p.getId(), plans.totalProgress(p.getId()));
        }
        return totals;
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        SpotCheckPlan p = plans.get(id);
        model.addAttribute("plan", p);
        model.addAttribute("progress", plans.progress(id));
        model.addAttribute("categories", catalogue.all().stream().filter(c -> p.covers(c.getId())).toList());
        PassRateSlice slice = new PassRateSlice(LocalDate.of(p.getYear(), 1, 1), LocalDate.of(p.getYear(), 12, 31),
                null, null, null, null, id);
        model.addAttribute("summary", passRates.summary(slice));
        model.addAttribute("history", audit.historyIfPermitted(PlanService.ENTITY, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        PlanForm form = new PlanForm();
        form.setYear(batches.today().getYear());
        model.addAttribute("planForm", form);
        return showForm(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            SpotCheckPlan p = plans.create(form.toDetails());
            redirect.addFlashAttribute("flash", "spotcheck.plan.created");
            return "redirect:/spotchecks/plans/" + p.getId();
        }).orElseGet(() -> showForm(model, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("planForm", PlanForm.of(plans.get(id)));
        return showForm(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            plans.update(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("flash", "spotcheck.plan.updated");
            return "redirect:/spotchecks/plans/" + id;
        }).orElseGet(() -> showForm(model, id));
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable Long id, RedirectAttributes redirect) {
        int n = batches.publishFinal(id);
        redirect.addFlashAttribute("flash", "spotcheck.plan.publishedCount");
        redirect.addFlashAttribute("publishedCount", n);
        return "redirect:/spotchecks/plans/" + id;
    }

    private String showForm(Model model, Long id) {
        model.addAttribute("planId", id);
        model.addAttribute("quotaOnly", id != null && !plans.editableWhole(plans.get(id)));
        model.addAttribute("categoryList", catalogue.active());
        model.addAttribute("districtList", districts.visible());
        return FORM_VIEW;
    }
}
