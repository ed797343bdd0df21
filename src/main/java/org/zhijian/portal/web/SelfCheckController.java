package org.zhijian.portal.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.portal.domain.DutyPeriod;
import org.zhijian.portal.domain.PortalService;
import org.zhijian.portal.domain.SelfCheck;
import org.zhijian.portal.domain.SelfCheckService;
import org.zhijian.system.BusinessRuleException;

/** The enterprise's self-checks and the two regulations' records (企业自查、日管控、周排查、月调度). */
@Controller
@RequestMapping("/portal/self-checks")
class SelfCheckController {

    private static final String BACK = "redirect:/portal/self-checks";

    private final SelfCheckService selfChecks;
    private final PortalService portal;

    SelfCheckController(SelfCheckService selfChecks, PortalService portal) {
        this.selfChecks = selfChecks;
        this.portal = portal;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        model.addAttribute("overview", selfChecks.overview());
        model.addAttribute("today", selfChecks.today());
        model.addAttribute("periods", DutyPeriod.values());
        return "portal/self-checks";
    }

    @PostMapping("/template")
    String startFromTemplate(RedirectAttributes redirect) {
        return done(redirect, "portal.point.adopted", () -> selfChecks.startFromTemplate());
    }

    @PostMapping("/points")
    String addPoint(@RequestParam String name, @RequestParam String controlMeasure,
                    @RequestParam(required = false) DutyPeriod checkFrequency, RedirectAttributes redirect) {
        return done(redirect, "portal.point.added", () -> selfChecks.addPoint(name, controlMeasure, checkFrequency));
    }

    @PostMapping("/checks")
    String check(@RequestParam Long pointId, @RequestParam(required = false) SelfCheck.Outcome outcome,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkedOn,
                 @RequestParam(required = false) String findings, RedirectAttributes redirect) {
        return done(redirect, "portal.selfCheck.recorded", () -> selfChecks.record(
                new SelfCheckService.SelfCheckDetails(pointId, checkedOn, outcome, findings)));
    }

    @PostMapping("/duties")
    String duty(@RequestParam DutyPeriod kind, @RequestParam String summary,
                @RequestParam(defaultValue = "0") int issuesFound, RedirectAttributes redirect) {
        return done(redirect, "portal.duty.recorded", () -> selfChecks.recordDuty(kind, null, summary, issuesFound));
    }

    private static String done(RedirectAttributes redirect, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("refusal", e.getMessageCode());
            redirect.addFlashAttribute("refusalArgs", e.getArgs());
        }
        return BACK;
    }
}
