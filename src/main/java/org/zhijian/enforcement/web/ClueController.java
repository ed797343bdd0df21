package org.zhijian.enforcement.web;

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
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.Clue;
import org.zhijian.enforcement.domain.ClueQuery;
import org.zhijian.enforcement.domain.ClueService;
import org.zhijian.enforcement.domain.ClueSource;
import org.zhijian.enforcement.domain.ClueStatus;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/enforcement/clues")
class ClueController {

    static final String LIST_VIEW = "enforcement/clues";
    static final String DETAIL_VIEW = "enforcement/clue";
    static final String FORM_VIEW = "enforcement/clue-form";
    private static final int PAGE_SIZE = 20;

    private final ClueService clues;
    private final CaseService cases;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final EnforcementExports exports;

    ClueController(ClueService clues, CaseService cases, EnterpriseService enterprises, Districts districts,
                   AuditTrail audit, EnforcementExports exports) {
        this.clues = clues;
        this.cases = cases;
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
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) ClueStatus status,
                @RequestParam(required = false) ClueSource source,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("page", clues.search(new ClueQuery(districtId, null, status, source, overdue),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("verifyBy", "id"))));
        model.addAttribute("today", clues.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("statuses", ClueStatus.values());
        model.addAttribute("sources", ClueSource.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("overdue", overdue);
        return LIST_VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) Long districtId, @RequestParam(required = false) ClueStatus status,
                @RequestParam(required = false) ClueSource source,
                @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response)
            throws IOException {
        ClueQuery q = new ClueQuery(districtId, null, status, source, overdue);
        exports.clues(n -> clues.search(q, PageRequest.of(n, 500, Sort.by("verifyBy", "id"))), clues.today(),
                response);
    }

    @GetMapping("/new")
    String newForm(@RequestParam Long enterpriseId, Model model) {
        ClueTransferForm form = new ClueTransferForm();
        form.setEnterpriseId(enterpriseId);
        form.setReceivedOn(clues.today());
        model.addAttribute("clueTransferForm", form);
        return showForm(model, enterpriseId);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("clueTransferForm") ClueTransferForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            Clue c = clues.recordTransfer(form.getEnterpriseId(), form.getSourceLabel(), form.getSummary(),
                    form.getReceivedOn());
            redirect.addFlashAttribute("flash", "enforcement.clue.created");
            return "redirect:/enforcement/clues/" + c.getId();
        }).orElseGet(() -> showForm(model, form.getEnterpriseId()));
    }

    private String showForm(Model model, Long enterpriseId) {
        model.addAttribute("enterprise", enterprises.get(enterpriseId));
        return FORM_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Clue c = clues.get(id);
        model.addAttribute("clue", c);
        model.addAttribute("today", clues.today());
        model.addAttribute("history", audit.historyIfPermitted(ClueService.ENTITY, id));
        model.addAttribute("officers", cases.possibleOfficers(c.getDistrictId()));
        model.addAttribute("parties", PartyKind.values());
        if (c.getCaseId() != null) {
            model.addAttribute("openedCase", cases.get(c.getCaseId()));
        }
        if (!model.containsAttribute("clueDecisionForm")) {
            ClueDecisionForm f = new ClueDecisionForm();
            f.setVersion(c.getVersion());
            f.setViolation(c.getSummary());
            f.setOpenedOn(clues.today());
            model.addAttribute("clueDecisionForm", f);
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable Long id, @Valid @ModelAttribute("clueDecisionForm") ClueDecisionForm form,
                BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            EnforcementCase k = clues.open(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("flash", "enforcement.case.opened");
            return "redirect:/enforcement/cases/" + k.getId();
        }).orElseGet(() -> refused(id, model, response));
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable Long id, @Valid @ModelAttribute("clueDecisionForm") ClueDecisionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            clues.decline(id, form.getVersion(), form.getReason());
            redirect.addFlashAttribute("flash", "enforcement.clue.declined");
            return "redirect:/enforcement/clues/" + id;
        }).orElseGet(() -> refused(id, model, response));
    }

    @PostMapping("/{id}/extend")
    String extend(@PathVariable Long id, @Valid @ModelAttribute("clueDecisionForm") ClueDecisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            clues.extend(id, form.getVersion(), form.getReason());
            redirect.addFlashAttribute("flash", "enforcement.clue.extended");
            return "redirect:/enforcement/clues/" + id;
        }).orElseGet(() -> refused(id, model, response));
    }

    private String refused(Long id, Model model, HttpServletResponse response) {
        response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
        return show(id, model);
    }
}
