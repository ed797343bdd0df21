package org.zhijian.hazard.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.zhijian.system.related.RelatedRecordsFinder;
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
import org.zhijian.region.domain.Districts;
import org.zhijian.riskpoint.domain.OpenCampaigns;
import org.zhijian.hazard.domain.Hazard;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardQuery;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.hazard.domain.RectificationNotice;
import org.zhijian.riskpoint.domain.RiskPointService;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.web.FormSubmission;
import org.zhijian.system.web.FormErrors;

@Controller
@RequestMapping("/risk/hazards")
class HazardController {

    static final String LIST_VIEW = "hazard/hazards";
    static final String FORM_VIEW = "hazard/hazard-form";
    static final String DETAIL_VIEW = "hazard/hazard";
    private static final int PAGE_SIZE = 20;

    private final RelatedRecordsFinder related;
    private final HazardService hazards;
    private final RectificationNotice notice;
    private final EnterpriseService enterprises;
    private final RiskPointService points;
    private final OpenCampaigns campaigns;
    private final Districts districts;
    private final AuditTrail audit;
    private final int defaultDeadlineDays;
    private final String defaultLegalBasis;

    HazardController(HazardService hazards, RectificationNotice notice, EnterpriseService enterprises,
                     RiskPointService points, OpenCampaigns campaigns, Districts districts, AuditTrail audit,
                     RelatedRecordsFinder related,
                     @Value("${zhijian.risk.hazard.default-deadline-days:30}") int defaultDeadlineDays,
                     @Value("${zhijian.risk.hazard.default-legal-basis:}") String defaultLegalBasis) {
        this.hazards = hazards;
        this.notice = notice;
        this.enterprises = enterprises;
        this.points = points;
        this.campaigns = campaigns;
        this.districts = districts;
        this.audit = audit;
        this.related = related;
        this.defaultDeadlineDays = defaultDeadlineDays;
        this.defaultLegalBasis = defaultLegalBasis;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) HazardStatus status,
                @RequestParam(required = false) HazardLevel level,
                @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var query = new HazardQuery(districtId, null, status, level, null, overdue, open);
        model.addAttribute("page", hazards.search(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by("deadline", "id"))));
        model.addAttribute("today", hazards.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("statuses", HazardStatus.values());
        model.addAttribute("levels", HazardLevel.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("level", level);
        model.addAttribute("overdue", overdue);
        model.addAttribute("open", open);
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(@RequestParam Long enterpriseId, @RequestParam(required = false) Long riskPointId,
                   @RequestParam(required = false) Long campaignId, Model model) {
        HazardForm form = new HazardForm();
        form.setEnterpriseId(enterpriseId);
        form.setRiskPointId(riskPointId);
        form.setCampaignId(campaignId);
        form.setLevel(HazardLevel.GENERAL);
        form.setFoundOn(hazards.today());
        form.setDeadline(hazards.today().plusDays(defaultDeadlineDays));
        form.setLegalBasis(defaultLegalBasis);
        form.setSubmissionToken(java.util.UUID.randomUUID().toString());
        model.addAttribute("hazardForm", form);
        return showForm(model, enterpriseId);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("hazardForm") HazardForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            Hazard h = hazards.recordOnce(form.getSubmissionToken(), form.toDetails());
            redirect.addFlashAttribute("flash", "risk.hazard.created");
            return "redirect:/risk/hazards/" + h.getId();
        }).orElseGet(() -> showForm(model, form.getEnterpriseId()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Hazard h = hazards.get(id);
        model.addAttribute("hazard", h);
        model.addAttribute("enterprise", h.getEnterprise());
        model.addAttribute("steps", hazards.stepsOf(id));
        model.addAttribute("related", related.about(HazardService.ENTITY, id));
        model.addAttribute("today", hazards.today());
        var actions = hazards.actionsFor(h);
        model.addAttribute("actions", actions);
        model.addAttribute("history", audit.historyIfPermitted(HazardService.ENTITY, id));
        if (!model.containsAttribute("hazardActionForm")) {
            HazardActionForm f = new HazardActionForm();
            f.setVersion(h.getVersion());
            f.setAction(actions.isEmpty() ? null : actions.get(0));
            model.addAttribute("hazardActionForm", f);
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/actions")
    String act(@PathVariable Long id, @Valid @ModelAttribute("hazardActionForm") HazardActionForm form,
               BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            hazards.perform(id, form.getVersion(), form.getAction(), form.getNote());
            redirect.addFlashAttribute("flash", "risk.hazard.acted");
            return "redirect:/risk/hazards/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    @GetMapping("/{id}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable Long id, Locale locale) {
        Hazard h = hazards.get(id);
        byte[] pdf = notice.render(h, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(h.getNoticeNumber() + ".pdf").build().toString())
                .body(pdf);
    }

    private String showForm(Model model, Long enterpriseId) {
        model.addAttribute("enterprise", enterprises.get(enterpriseId));
        model.addAttribute("levels", HazardLevel.values());
        model.addAttribute("riskPoints", points.ofEnterprise(enterpriseId));
        model.addAttribute("openCampaigns", campaigns.forCurrentUser());
        return FORM_VIEW;
    }
}
