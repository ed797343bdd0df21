package org.zhijian.region.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

/** City admins set up the districts of their city. */
@Controller
@RequestMapping("/admin/districts")
class DistrictController {

    static final String VIEW = "admin/districts";

    private final Districts districts;
    private final AuditTrail audit;

    DistrictController(Districts districts, AuditTrail audit) {
        this.districts = districts;
        this.audit = audit;
    }

    @InitBinder("districtForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("districtForm", new DistrictForm());
        return show(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("districtForm") DistrictForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            districts.create(form.getCode(), form.getNameZh(), form.getNameEn(), form.getSortOrder());
            redirect.addFlashAttribute("flash", "district.created");
            return "redirect:/admin/districts";
        }).orElseGet(() -> show(model, null));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("districtForm", DistrictForm.of(districts.getForEdit(id)));
        return show(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("districtForm") DistrictForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            districts.update(id, form.getVersion(), form.getNameZh(), form.getNameEn(), form.getSortOrder());
            redirect.addFlashAttribute("flash", "district.updated");
            return "redirect:/admin/districts";
        }).orElseGet(() -> show(model, id));
    }

    private String show(Model model, Long id) {
        if (id != null) {
            districts.getForEdit(id);
        }
        model.addAttribute("districtList", districts.all());
        model.addAttribute("districtId", id);
        model.addAttribute("history", id == null ? null : audit.historyIfPermitted(Districts.ENTITY, id));
        return VIEW;
    }
}
