package org.zhijian.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhijian.portal.domain.SelfCheckService;

/** For the bureau: the enterprises on the enterprise side that are behind with the two regulations' records. */
@Controller
class TwoRegulationsController {

    private final SelfCheckService selfChecks;

    TwoRegulationsController(SelfCheckService selfChecks) {
        this.selfChecks = selfChecks;
    }

    @GetMapping("/risk/two-regulations")
    String behind(Model model) {
        model.addAttribute("behind", selfChecks.behind());
        return "portal/behind";
    }
}
