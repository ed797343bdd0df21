package org.zhijian.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.data.domain.PageRequest;
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
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseQuery;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.related.RelatedRecordsFinder;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    static final String LIST_VIEW = "enterprise/list";
    static final String FORM_VIEW = "enterprise/form";
    static final String DETAIL_VIEW = "enterprise/detail";
    private static final int PAGE_SIZE = 20;

    private final EnterpriseService enterprises;
    private final Districts districts;
    private final AuditTrail audit;
    private final EnterpriseExport export;

    private final RelatedRecordsFinder related;

    EnterpriseController(EnterpriseService enterprises, Districts districts,
                         AuditTrail audit, EnterpriseExport export, RelatedRecordsFinder related) {
        this.export = export;
        this.related = related;
        this.enterprises = enterprises;
        this.districts = districts;
        this.audit = audit;
    }

    @InitBinder("enterpriseForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("industries", Industry.values());
        model.addAttribute("statuses", EnterpriseStatus.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long districtId,
                @RequestParam(required = false) Industry industry,
                @RequestParam(required = false) EnterpriseStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var query = new EnterpriseQuery(q, districtId, industry, status);
        model.addAttribute("page", enterprises.listPage(query,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Enterprise.BY_NAME)));
        model.addAttribute("query", query);
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("districtById", districts.byId());
        return LIST_VIEW;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long districtId,
                @RequestParam(required = false) Industry industry,
                @RequestParam(required = false) EnterpriseStatus status, HttpServletResponse response)
            throws IOException {
        export.write(new EnterpriseQuery(q, districtId, industry, status), response);
    }

    @GetMapping("/new")
    String newForm(Model model) {
        EnterpriseForm form = new EnterpriseForm();
        var visible = districts.visible();
        if (visible.size() == 1) {
            form.setDistrictId(visible.get(0).getId());
        }
        model.addAttribute("enterpriseForm", form);
        return showForm(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("enterpriseForm") EnterpriseForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            Enterprise e = enterprises.create(form.toDetails());
            redirect.addFlashAttribute("flash", "enterprise.created");
            return "redirect:/enterprises/" + e.getId();
        }).orElseGet(() -> showForm(model, null));
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, @RequestParam(required = false) String category,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Enterprise e = enterprises.get(id);
        model.addAttribute("enterprise", e);
        model.addAttribute("districtName", districts.name(e.getDistrictId()));
        model.addAttribute("timeline", enterprises.archive(id, category, PageRequest.of(Math.max(page, 0), 30)));
        model.addAttribute("category", category);
        model.addAttribute("history", audit.historyIfPermitted(EnterpriseService.ENTITY, id));
        model.addAttribute("related", related.about(EnterpriseService.ENTITY, id));
        return DETAIL_VIEW;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("enterpriseForm", EnterpriseForm.of(enterprises.get(id)));
        return showForm(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("enterpriseForm") EnterpriseForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            enterprises.update(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("flash", "enterprise.updated");
            return "redirect:/enterprises/" + id;
        }).orElseGet(() -> showForm(model, id));
    }

    private String showForm(Model model, Long id) {
        model.addAttribute("enterpriseId", id);
        model.addAttribute("districtList", districts.visible());
        return FORM_VIEW;
    }
}
