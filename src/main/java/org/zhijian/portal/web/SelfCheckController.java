package org.zhijian.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.PortalService;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.web.FormSubmission;

/**
 * The enterprise's self-checks and the two regulations' records (企业自查、日管控、周排查、月调度). A form the
 * rules refuse comes back with what was typed and the reason beside its field, like the bureau's forms.
 */
@Controller
@RequestMapping("/portal/self-checks")
class SelfCheckController {

    private static final String BACK = "redirect:/portal/self-checks";
    private static final String VIEW = "portal/self-checks";

    private final SelfCheckService selfChecks;
    private final PortalService portal;

    SelfCheckController(SelfCheckService selfChecks, PortalService portal) {
        this.selfChecks = selfChecks;
        this.portal = portal;
    }

    @GetMapping
    String show(Model model) {
        return page(model);
    }

    @PostMapping("/template")
    String startFromTemplate(RedirectAttributes redirect) {
        try {
            selfChecks.startFromTemplate();
            redirect.addFlashAttribute("flash", "portal.point.adopted");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusal", e.getMessageCode());
            redirect.addFlashAttribute("refusalArgs", e.getArgs());
        }
        return BACK;
    }

    @PostMapping("/points")
    String addPoint(@ModelAttribute("pointForm") PointForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            selfChecks.addPoint(form.getName(), form.getControlMeasure(), form.getCheckFrequency());
            redirect.addFlashAttribute("flash", "portal.point.added");
            return BACK;
        }).orElseGet(() -> page(model));
    }

    @PostMapping("/checks")
    String check(@ModelAttribute("selfCheckForm") SelfCheckForm form, BindingResult result, Model model,
                 RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            selfChecks.record(new SelfCheckService.SelfCheckDetails(form.getPointId(), form.getCheckedOn(),
                    form.getOutcome(), form.getFindings()));
            redirect.addFlashAttribute("flash", "portal.selfCheck.recorded");
            return BACK;
        }).orElseGet(() -> page(model));
    }

    @PostMapping("/duties")
    String duty(@ModelAttribute("dutyForm") DutyForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            selfChecks.recordDuty(form.getKind(), form.getDay(), form.getSummary(), form.getIssuesFound());
            redirect.addFlashAttribute("flash", "portal.duty.recorded");
            return BACK;
        }).orElseGet(() -> page(model));
    }

    /** The page, with the forms not being re-shown empty. */
    private String page(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("overview", selfChecks.overview());
        model.addAttribute("today", selfChecks.today());
        model.addAttribute("periods", DutyPeriod.values());
        if (!model.containsAttribute("pointForm")) {
            model.addAttribute("pointForm", new PointForm());
        }
        if (!model.containsAttribute("selfCheckForm")) {
            model.addAttribute("selfCheckForm", new SelfCheckForm());
        }
        if (!model.containsAttribute("dutyForm")) {
            model.addAttribute("dutyForm", new DutyForm());
        }
        return VIEW;
    }
}
