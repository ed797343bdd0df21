package org.zhijian.enforcement.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.enforcement.domain.CaseQuery;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.CaseStatus;
import org.zhijian.enforcement.domain.EnforcementCase;
import org.zhijian.enforcement.domain.Evidence;
import org.zhijian.enforcement.domain.EvidenceKind;
import org.zhijian.enforcement.domain.PartyKind;
import org.zhijian.enforcement.domain.PauseKind;
import org.zhijian.enforcement.domain.PenaltyDocuments;
import org.zhijian.enforcement.domain.PenaltyKind;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/enforcement/cases")
class CaseController {

    static final String LIST_VIEW = "enforcement/cases";
    static final String DETAIL_VIEW = "enforcement/case";
    static final String SIMPLE_VIEW = "enforcement/simple-form";
    private static final int PAGE_SIZE = 20;

    private final CaseService cases;
    private final PenaltyDocuments documents;
    private final EnterpriseService enterprises;
    private final LicenceService licences;
    private final Districts districts;
    private final AuditTrail audit;
    private final EnforcementExports exports;

    CaseController(CaseService cases, PenaltyDocuments documents, EnterpriseService enterprises,
                   LicenceService licences, Districts districts, AuditTrail audit, EnforcementExports exports) {
        this.cases = cases;
        this.documents = documents;
        this.enterprises = enterprises;
        this.licences = licences;
        this.districts = districts;
        this.audit = audit;
        this.exports = exports;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) CaseStatus status,
                @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("page", cases.search(new CaseQuery(districtId, null, status, overdue),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "openedOn", "id"))));
        model.addAttribute("today", cases.today());
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("overdue", overdue);
        return LIST_VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) Long districtId, @RequestParam(required = false) CaseStatus status,
                @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response)
            throws IOException {
        CaseQuery q = new CaseQuery(districtId, null, status, overdue);
        exports.cases(n -> cases.search(q, PageRequest.of(n, 500, Sort.by("openedOn", "id"))), cases.today(),
                response);
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        EnforcementCase k = cases.get(id);
        model.addAttribute("kase", k);
        model.addAttribute("enterprise", k.getEnterprise());
        model.addAttribute("steps", cases.stepsOf(id));
        model.addAttribute("evidence", cases.evidenceOf(id));
        model.addAttribute("today", cases.today());
        model.addAttribute("officers", cases.possibleOfficers(k.getDistrictId()).stream()
                .filter(u -> k.getOfficerIds().contains(u.getId())).toList());
        var actions = cases.actionsFor(k);
        model.addAttribute("actions", actions);
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("pauseKinds", new PauseKind[] {PauseKind.TESTING, PauseKind.PUBLIC_NOTICE});
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("licences", licences.ofEnterprise(k.getEnterprise().getId()));
        model.addAttribute("history", audit.historyIfPermitted(CaseService.ENTITY, id));
        if (!model.containsAttribute("caseStepForm")) {
            CaseStepForm f = new CaseStepForm();
            f.setVersion(k.getVersion());
            f.setAction(actions.isEmpty() ? null : actions.get(0));
            f.setOccurredOn(cases.today());
            f.setKinds(k.getKinds());
            f.setFine(k.getFine());
            f.setPenaltyContent(k.getPenaltyContent());
            f.setLicenceId(k.getLicenceId());
            f.setPaidAmount(k.hasFine() ? k.getFine().add(k.surchargeOn(cases.today())) : null);
            model.addAttribute("caseStepForm", f);
        }
        return DETAIL_VIEW;
    }

    @PostMapping("/{id}/actions")
    String act(@PathVariable Long id, @Valid @ModelAttribute("caseStepForm") CaseStepForm form, BindingResult result,
               Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            cases.perform(id, form.getVersion(), form.toCommand());
            redirect.addFlashAttribute("flash", "enforcement.case.acted");
            return "redirect:/enforcement/cases/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    @PostMapping("/{id}/evidence")
    String addEvidence(@PathVariable Long id, @RequestParam EvidenceKind kind, @RequestParam("file") MultipartFile file,
                       RedirectAttributes redirect) throws IOException {
        try {
            cases.addEvidence(id, kind, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("flash", "enforcement.evidence.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("evidenceError", e.getMessageCode());
            redirect.addFlashAttribute("evidenceErrorArgs", e.getArgs());
        }
        return "redirect:/enforcement/cases/" + id + "#evidence";
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable Long id, @PathVariable Long evidenceId) {
        Evidence e = cases.evidence(id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", e.getSha256())
                .body(e.getData());
    }

    @GetMapping("/{id}/notice.pdf")
    ResponseEntity<byte[]> noticePdf(@PathVariable Long id, Locale locale) {
        EnforcementCase k = cases.get(id);
        return pdf(documents.notice(k, locale), k.getCaseNumber() + "-notice.pdf");
    }

    @GetMapping("/{id}/decision.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable Long id, Locale locale) {
        EnforcementCase k = cases.get(id);
        return pdf(documents.decision(k, locale), k.getCaseNumber() + "-decision.pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping("/simple")
    String simpleForm(@RequestParam Long enterpriseId, Model model) {
        SimpleCaseForm form = new SimpleCaseForm();
        form.setEnterpriseId(enterpriseId);
        form.setDecidedOn(cases.today());
        model.addAttribute("simpleCaseForm", form);
        return showSimple(model, enterpriseId);
    }

    @PostMapping("/simple")
    String simple(@Valid @ModelAttribute("simpleCaseForm") SimpleCaseForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            EnforcementCase k = cases.decideOnTheSpot(form.toDetails());
            redirect.addFlashAttribute("flash", "enforcement.case.decidedOnTheSpot");
            return "redirect:/enforcement/cases/" + k.getId();
        }).orElseGet(() -> showSimple(model, form.getEnterpriseId()));
    }

    private String showSimple(Model model, Long enterpriseId) {
        var e = enterprises.get(enterpriseId);
        model.addAttribute("enterprise", e);
        model.addAttribute("officers", cases.possibleOfficers(e.getDistrictId()));
        model.addAttribute("parties", PartyKind.values());
        model.addAttribute("simpleKinds", new PenaltyKind[] {PenaltyKind.WARNING, PenaltyKind.FINE});
        return SIMPLE_VIEW;
    }
}
