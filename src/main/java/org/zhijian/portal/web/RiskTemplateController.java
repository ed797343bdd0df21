package org.zhijian.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.system.web.FormSubmission;

/**
 * The industries' template risk lists (风险管控清单范本) that small enterprises start from; city admins keep
 * them. A refused line comes back as typed, the reason beside its field.
 */
@Controller
@RequestMapping("/admin/risk-templates")
class RiskTemplateController {

    private final SelfCheckService selfChecks;

    RiskTemplateController(SelfCheckService selfChecks) {
        this.selfChecks = selfChecks;
    }

    @GetMapping
    String list(Model model) {
        return page(model);
    }

    @PostMapping
    String add(@ModelAttribute("templateForm") TemplateForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            selfChecks.addTemplate(new SelfCheckService.TemplateDetails(form.getIndustry(), form.getName(),
                    form.getControlMeasure(), form.getCheckFrequency()));
            redirect.addFlashAttribute("flash", "portal.template.added");
            return "redirect:/admin/risk-templates";
        }).orElseGet(() -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("templates", selfChecks.allTemplates());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("periods", DutyPeriod.values());
        if (!model.containsAttribute("templateForm")) {
            model.addAttribute("templateForm", new TemplateForm());
        }
        return "portal/risk-templates";
    }
}
