package org.zhijian.licence.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.EnumSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.zhijian.licence.domain.LicenceQuery;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/licences")
class LicenceController {

    static final String LIST_VIEW = "licence/list";
    static final String FORM_VIEW = "licence/form";
    static final String DETAIL_VIEW = "licence/detail";
    private static final int PAGE_SIZE = 20;

    private final LicenceService licences;
    private final EnterpriseService enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final LicenceExport export;
    private final MessageSource messages;

    LicenceController(LicenceService licences, EnterpriseService enterprises, Districts districts, AuditTrail audit,
                      LicenceExport export, MessageSource messages) {
        this.export = export;
        this.messages = messages;
        this.licences = licences;
        this.enterprises = enterprises;
        this.districts = districts;
        this.audit = audit;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", LicenceStatus.values());
        model.addAttribute("districtList", districts.visible());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long districtId,
                @RequestParam(required = false) LicenceStatus status, @RequestParam(defaultValue = "0") int page,
                Model model) {
        var query = new LicenceQuery(q, districtId, status == null ? null : EnumSet.of(status), null, null, null);
        model.addAttribute("page", licences.listPage(query, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by("expiresOn", "id"))));
        model.addAttribute("q", q);
        model.addAttribute("districtId", districtId);
        model.addAttribute("status", status);
        model.addAttribute("mode", "all");
        return LIST_VIEW;
    }

    @GetMapping("/expiring")
    String expiring(@RequestParam(defaultValue = "90") int days, @RequestParam(required = false) Long districtId,
                    @RequestParam(defaultValue = "0") int page, Model model) {
        int window = Math.min(Math.max(days, 1), 3650);
        model.addAttribute("page", licences.expiringWithin(window, districtId,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("expiresOn", "id"))));
        model.addAttribute("days", window);
        model.addAttribute("districtId", districtId);
        model.addAttribute("mode", "expiring");
        return LIST_VIEW;
    }

    @GetMapping("/renewals")
    String renewals(@RequestParam(required = false) Long districtId, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        model.addAttribute("page", licences.renewalsDue(districtId,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("expiresOn", "id"))));
        model.addAttribute("districtId", districtId);
        model.addAttribute("mode", "renewals");
        return LIST_VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long districtId,
                @RequestParam(required = false) LicenceStatus status, HttpServletResponse response)
            throws IOException {
        var query = new LicenceQuery(q, districtId, status == null ? null : EnumSet.of(status), null, null, null);
        export.write(messages.getMessage("licence.all.title", null, LocaleContextHolder.getLocale()),
                n -> licences.search(query, PageRequest.of(n, 1000, Sort.by("expiresOn", "id"))), response);
    }

    @GetMapping("/expiring/export")
    void exportExpiring(@RequestParam(defaultValue = "90") int days, @RequestParam(required = false) Long districtId,
                        HttpServletResponse response) throws IOException {
        int window = Math.min(Math.max(days, 1), 3650);
        export.write(messages.getMessage("licence.expiring.heading", new Object[] {window},
                        LocaleContextHolder.getLocale()),
                n -> licences.expiringWithin(window, districtId, PageRequest.of(n, 1000, Sort.by("expiresOn", "id"))),
                response);
    }

    @GetMapping("/renewals/export")
    void exportRenewals(@RequestParam(required = false) Long districtId, HttpServletResponse response)
            throws IOException {
        export.write(messages.getMessage("licence.renewals.title", null, LocaleContextHolder.getLocale()),
                n -> licences.renewalsDue(districtId, PageRequest.of(n, 1000, Sort.by("expiresOn", "id"))),
                response);
    }

    @GetMapping("/new")
    String newForm(@RequestParam Long enterpriseId, Model model) {
        LicenceForm form = new LicenceForm();
        form.setEnterpriseId(enterpriseId);
        model.addAttribute("licenceForm", form);
        return showForm(model, null, enterpriseId);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("licenceForm") LicenceForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            ProductionLicence l = licences.record(form.toDetails());
            redirect.addFlashAttribute("flash", "licence.created");
            return "redirect:/licences/" + l.getId();
        }).orElseGet(() -> showForm(model, null, form.getEnterpriseId()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        ProductionLicence l = licences.get(id);
        model.addAttribute("licence", l);
        model.addAttribute("enterprise", l.getEnterprise());
        model.addAttribute("renewalDueOn", licences.renewalDueOn(l));
        model.addAttribute("transitions", licences.transitionsOf(id));
        model.addAttribute("history", audit.historyIfPermitted(LicenceService.ENTITY, id));
        if (!model.containsAttribute("transitionForm")) {
            TransitionForm t = new TransitionForm();
            t.setVersion(l.getVersion());
            model.addAttribute("transitionForm", t);
        }
        return DETAIL_VIEW;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        ProductionLicence l = licences.get(id);
        model.addAttribute("licenceForm", LicenceForm.of(l));
        return showForm(model, id, l.getEnterprise().getId());
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("licenceForm") LicenceForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            licences.update(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("flash", "licence.updated");
            return "redirect:/licences/" + id;
        }).orElseGet(() -> showForm(model, id, form.getEnterpriseId()));
    }

    @PostMapping("/{id}/transitions")
    String transition(@PathVariable Long id, @Valid @ModelAttribute("transitionForm") TransitionForm form,
                      BindingResult result, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            licences.transition(id, form.getVersion(), form.getTargetStatus(), form.getReason(),
                    form.getLegalBasis());
            redirect.addFlashAttribute("flash", "licence.transitioned");
            return "redirect:/licences/" + id;
        }).orElseGet(() -> {
            response.setStatus(response.getStatus() == 200 ? 400 : response.getStatus());
            return show(id, model);
        });
    }

    private String showForm(Model model, Long id, Long enterpriseId) {
        model.addAttribute("licenceId", id);
        model.addAttribute("enterprise", enterprises.get(enterpriseId));
        return FORM_VIEW;
    }
}
