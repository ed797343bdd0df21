package org.zhijian.classification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.region.domain.Districts;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.EnterpriseClass;
import org.zhijian.classification.domain.IncidentKind;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/classification")
class ClassificationController {

    static final String LIST_VIEW = "classification/classes";
    static final String DETAIL_VIEW = "classification/class";
    static final String RULES_VIEW = "classification/class-rules";
    private static final int PAGE_SIZE = 30;

    private final ClassificationService classification;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final Clock clock;

    ClassificationController(ClassificationService classification, EnterpriseService enterprises,
                             Districts districts, AuditTrail audit, Clock clock) {
        this.classification = classification;
        this.enterprises = enterprises;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) Long districtId,
                @RequestParam(name = "class", required = false) SupervisionClass cls,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", classification.search(districtId, cls, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE, Sort.by("nextDueOn", "id"))));
        model.addAttribute("counts", classification.countByClass(districtId));
        model.addAttribute("selectedClass", cls);
        return listView(model, districtId, "classes");
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) Long districtId, @RequestParam(defaultValue = "30") int days,
               @RequestParam(defaultValue = "0") int page, Model model) {
        int window = Math.min(Math.max(days, 0), 730);
        model.addAttribute("page", classification.dueForInspection(districtId, window,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("nextDueOn", "id"))));
        model.addAttribute("days", window);
        return listView(model, districtId, "due");
    }

    private String listView(Model model, Long districtId, String mode) {
        model.addAttribute("mode", mode);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("classes", SupervisionClass.values());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtById", districts.byId());
        model.addAttribute("districtId", districtId);
        return LIST_VIEW;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", classification.rules());
        model.addAttribute("productRisks", RiskClass.values());
        model.addAttribute("licenceStatuses", LicenceStatus.values());
        model.addAttribute("classes", SupervisionClass.values());
        return RULES_VIEW;
    }

    @GetMapping("/{enterpriseId}")
    String show(@PathVariable Long enterpriseId, Model model) {
        Enterprise e = enterprises.get(enterpriseId);
        model.addAttribute("enterprise", e);
        model.addAttribute("incidents", classification.incidentsOf(enterpriseId));
        model.addAttribute("incidentKinds", IncidentKind.values());
        model.addAttribute("classes", SupervisionClass.values());
        classification.of(enterpriseId).ifPresent(c -> {
            model.addAttribute("cls", c);
            model.addAttribute("factors", classification.factorsOf(c));
            model.addAttribute("history", audit.historyIfPermitted(ClassificationService.ENTITY, c.getId()));
            if (!model.containsAttribute("overrideForm")) {
                var f = new ClassificationForms.OverrideForm();
                f.setSupervisionClass(c.getOverrideClass());
                f.setReason(c.getOverrideReason());
                f.setVersion(c.getVersion());
                model.addAttribute("overrideForm", f);
            }
            if (!model.containsAttribute("inspectionForm")) {
                var f = new ClassificationForms.InspectionForm();
                f.setInspectedOn(LocalDate.now(clock));
                f.setVersion(c.getVersion());
                model.addAttribute("inspectionForm", f);
            }
        });
        if (!model.containsAttribute("incidentForm")) {
            var f = new ClassificationForms.IncidentForm();
            f.setOccurredOn(LocalDate.now(clock));
            model.addAttribute("incidentForm", f);
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{enterpriseId}/override")
    String override(@PathVariable Long enterpriseId,
                    @Valid @ModelAttribute("overrideForm") ClassificationForms.OverrideForm form, BindingResult result,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            classification.override(enterpriseId, form.getVersion(), form.getSupervisionClass(), form.getReason());
            redirect.addFlashAttribute("flash", "risk.class.overridden");
            return "redirect:/classification/" + enterpriseId;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(enterpriseId, model);
        });
    }

    @PostMapping("/{enterpriseId}/inspection")
    String inspection(@PathVariable Long enterpriseId,
                      @Valid @ModelAttribute("inspectionForm") ClassificationForms.InspectionForm form,
                      BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            classification.recordInspection(enterpriseId, form.getVersion(), form.getInspectedOn());
            redirect.addFlashAttribute("flash", "risk.class.inspected");
            return "redirect:/classification/" + enterpriseId;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(enterpriseId, model);
        });
    }

    @PostMapping("/{enterpriseId}/incidents")
    String incident(@PathVariable Long enterpriseId,
                    @Valid @ModelAttribute("incidentForm") ClassificationForms.IncidentForm form, BindingResult result,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).save(() -> {
            classification.recordIncident(enterpriseId, form.getKind(), form.getOccurredOn(), form.getSummary());
            redirect.addFlashAttribute("flash", "risk.incident.recorded");
            return "redirect:/classification/" + enterpriseId;
        }).orElseGet(() -> {
            response.setStatus(400);
            return show(enterpriseId, model);
        });
    }

    @PostMapping("/recompute")
    String recompute(RedirectAttributes redirect) {
        classification.recomputeAllAsAdmin();
        redirect.addFlashAttribute("flash", "risk.class.recomputed");
        return "redirect:/classification";
    }
}
