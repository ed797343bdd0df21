package org.zhijian.catalogue.web;

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
import org.zhijian.catalogue.domain.CatalogueService;
import org.zhijian.catalogue.domain.LimitKind;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.web.FormSubmission;

@Controller
@RequestMapping("/catalogue")
class CatalogueController {

    static final String LIST_VIEW = "catalogue/list";
    static final String FORM_VIEW = "catalogue/form";

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("riskClasses", RiskClass.values());
        model.addAttribute("limitKinds", LimitKind.values());
        model.addAttribute("industries", Industry.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", catalogue.all());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("categoryForm", new CategoryForm());
        return showForm(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            ProductCategory c = catalogue.create(form.toDetails());
            redirect.addFlashAttribute("flash", "catalogue.created");
            return "redirect:/catalogue/" + c.getId() + "/edit";
        }).orElseGet(() -> showForm(model, null));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        model.addAttribute("categoryForm", CategoryForm.of(catalogue.getForEdit(id)));
        return showForm(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("categoryForm") CategoryForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            catalogue.update(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("flash", "catalogue.updated");
            return "redirect:/catalogue";
        }).orElseGet(() -> showForm(model, id));
    }

    @PostMapping("/{id}/items")
    String addItem(@PathVariable Long id, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            catalogue.addItem(id, form.getName(), form.getUnit(), form.toLimit(), form.getMethod());
            redirect.addFlashAttribute("flash", "catalogue.itemAdded");
            return "redirect:/catalogue/" + id + "/edit";
        }).orElseGet(() -> {
            model.addAttribute("categoryForm", CategoryForm.of(catalogue.get(id)));
            return showForm(model, id);
        });
    }

    /** Every form page, also when re-shown with errors, is for catalogue editors only. */
    private String showForm(Model model, Long id) {
        catalogue.requireEditor();
        model.addAttribute("categoryId", id);
        if (id != null) {
            ProductCategory c = catalogue.getForEdit(id);
            model.addAttribute("items", c.getItems());
        }
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new ItemForm());
        }
        return FORM_VIEW;
    }
}
