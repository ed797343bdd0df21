package org.zhijian.inspection.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.stream.Collectors;
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
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.inspection.domain.Checklist;
import org.zhijian.inspection.domain.ChecklistService;
import org.zhijian.system.web.FormSubmission;

/** Checklists (检查事项清单): the current ones, one with its revisions, a new one, the next revision. */
@Controller
@RequestMapping("/inspection/checklists")
class ChecklistController {

    static final String LIST_VIEW = "inspection/checklists";
    static final String DETAIL_VIEW = "inspection/checklist";
    static final String FORM_VIEW = "inspection/checklist-form";

    private final ChecklistService checklists;

    ChecklistController(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("checklists", checklists.current());
        model.addAttribute("mayEdit", checklists.mayEdit());
        return LIST_VIEW;
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Checklist c = checklists.get(id);
        model.addAttribute("checklist", c);
        model.addAttribute("revisions", checklists.revisionsOf(c.getCode()));
        model.addAttribute("mayEdit", checklists.mayEdit() && c.isCurrentRevision());
        return DETAIL_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("checklistForm", new InspectionForms.ChecklistForm());
        return showForm(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("checklistForm") InspectionForms.ChecklistForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            Checklist c = checklists.create(form.getCode(), form.getName(), form.getIndustry(),
                    ChecklistService.parseItems(form.getItems()));
            redirect.addFlashAttribute("flash", "inspection.checklist.created");
            return "redirect:/inspection/checklists/" + c.getId();
        }).orElseGet(() -> showForm(model, null));
    }

    @GetMapping("/{id}/revise")
    String reviseForm(@PathVariable Long id, Model model) {
        Checklist c = checklists.get(id);
        InspectionForms.ChecklistForm form = new InspectionForms.ChecklistForm();
        form.setCode(c.getCode());
        form.setName(c.getName());
        form.setIndustry(c.getIndustry());
        form.setVersion(c.getVersion());
        form.setItems(c.getItems().stream().map(i -> (i.isTwoRegulations() ? "*" : "") + i.getText())
                .collect(Collectors.joining("\n")));
        model.addAttribute("checklistForm", form);
        return showForm(model, c);
    }

    @PostMapping("/{id}/revise")
    String revise(@PathVariable Long id, @Valid @ModelAttribute("checklistForm") InspectionForms.ChecklistForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Checklist old = checklists.get(id);
        return FormSubmission.of(result).versioned(model, response, form::setVersion)
                .save(() -> {
                    Checklist c = checklists.revise(id, form.getVersion(), form.getName(),
                            ChecklistService.parseItems(form.getItems()));
                    redirect.addFlashAttribute("flash", "inspection.checklist.revised");
                    return "redirect:/inspection/checklists/" + c.getId();
                }).orElseGet(() -> showForm(model, old));
    }

    private String showForm(Model model, Checklist revising) {
        model.addAttribute("revising", revising);
        model.addAttribute("industries", Industry.values());
        return FORM_VIEW;
    }
}
