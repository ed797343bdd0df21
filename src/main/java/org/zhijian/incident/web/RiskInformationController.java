package org.zhijian.incident.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
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
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.incident.domain.IncidentLevel;
import org.zhijian.incident.domain.RiskAction;
import org.zhijian.incident.domain.RiskInformation;
import org.zhijian.incident.domain.RiskInformationQuery;
import org.zhijian.incident.domain.RiskInformationService;
import org.zhijian.incident.domain.RiskInformationStatus;
import org.zhijian.incident.domain.RiskSource;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/risk-information")
class RiskInformationController {

    static final String LIST_VIEW = "incident/risk-information-list";
    static final String FORM_VIEW = "incident/risk-information-form";
    static final String DETAIL_VIEW = "incident/risk-information";
    private static final int PAGE_SIZE = 20;

    private final RiskInformationService information;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final IncidentExports exports;

    RiskInformationController(RiskInformationService information, EnterpriseService enterprises, Districts districts,
                              AuditTrail audit, IncidentExports exports) {
        this.information = information;
        this.enterprises = enterprises;
        this.districts = districts;
        this.audit = audit;
        this.exports = exports;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) Long districtId,
                @RequestParam(required = false) RiskInformationStatus status,
                @RequestParam(required = false) RiskSource source, @RequestParam(required = false) RiskAction action,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var query = new RiskInformationQuery(districtId, null, status, source, action, overdue);
        model.addAttribute("page", information.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by(Sort.Direction.DESC, "id")))));
        model.addAttribute("today", information.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtNames", districts.byId());
        model.addAttribute("statuses", RiskInformationStatus.values());
        model.addAttribute("sources", RiskSource.values());
        model.addAttribute("actions", RiskAction.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("action", action);
        model.addAttribute("overdue", overdue);
        return LIST_VIEW;
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) Long districtId,
                @RequestParam(required = false) RiskInformationStatus status,
                @RequestParam(required = false) RiskSource source, @RequestParam(required = false) RiskAction action,
                @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response)
            throws IOException {
        exports.riskInformation(new RiskInformationQuery(districtId, null, status, source, action, overdue),
                response);
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long enterpriseId, Model model) {
        RiskInformationForm form = new RiskInformationForm();
        form.setEnterpriseId(enterpriseId);
        form.setSource(enterpriseId == null ? null : RiskSource.COMPLAINT);
        model.addAttribute("riskInformationForm", form);
        return showForm(model, form);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("riskInformationForm") RiskInformationForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            RiskInformation r = information.receive(form.toDetails());
            redirect.addFlashAttribute("flash", "incident.risk.created");
            return "redirect:/risk-information/" + r.getId();
        }).orElseGet(() -> showForm(model, form));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        RiskInformation r = information.get(id);
        model.addAttribute("item", r);
        model.addAttribute("today", information.today());
        model.addAttribute("districtName", r.getDistrictId() == null ? null : districts.name(r.getDistrictId()));
        model.addAttribute("actions", RiskAction.values());
        model.addAttribute("levels", IncidentLevel.values());
        model.addAttribute("history", audit.historyIfPermitted(RiskInformationService.ENTITY, id));
        if (!model.containsAttribute("assessmentForm")) {
            AssessmentForm f = new AssessmentForm();
            f.setVersion(r.getVersion());
            f.setIncidentLevel(IncidentLevel.IV);
            model.addAttribute("assessmentForm", f);
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
        information.startAssessment(id, version);
        redirect.addFlashAttribute("flash", "incident.risk.started");
        return "redirect:/risk-information/" + id;
    }

    @PostMapping("/{id}/assessment")
    String assess(@PathVariable Long id, @Valid @ModelAttribute("assessmentForm") AssessmentForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            RiskInformation r = information.assess(id, form.getVersion(), form.toAssessment());
            redirect.addFlashAttribute("flash", "incident.risk.assessed");
            return r.getIncidentId() != null ? "redirect:/incidents/" + r.getIncidentId()
                    : "redirect:/risk-information/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    private String showForm(Model model, RiskInformationForm form) {
        model.addAttribute("enterprise", form.getEnterpriseId() == null ? null
                : enterprises.get(form.getEnterpriseId()));
        model.addAttribute("sources", java.util.Arrays.stream(RiskSource.values()).filter(RiskSource::isManual)
                .toList());
        model.addAttribute("districtList", districts.visible());
        return FORM_VIEW;
    }
}
