package org.zhijian.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.system.BusinessRuleException;

/** The industries' template risk lists (风险管控清单范本) that small enterprises start from; city admins keep them. */
@Controller
@RequestMapping("/admin/risk-templates")
class RiskTemplateController {

    private final SelfCheckService selfChecks;

    RiskTemplateController(SelfCheckService selfChecks) {
        this.selfChecks = selfChecks;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", selfChecks.allTemplates());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("periods", DutyPeriod.values());
        return "portal/risk-templates";
    }

    @PostMapping
    String add(@RequestParam(required = false) Industry industry, @RequestParam String name,
               @RequestParam String controlMeasure, @RequestParam(required = false) DutyPeriod checkFrequency,
               RedirectAttributes redirect) {
        try {
            selfChecks.addTemplate(new SelfCheckService.TemplateDetails(industry, name, controlMeasure,
                    checkFrequency));
            redirect.addFlashAttribute("flash", "portal.template.added");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusal", e.getMessageCode());
            redirect.addFlashAttribute("refusalArgs", e.getArgs());
        }
        return "redirect:/admin/risk-templates";
    }
}
