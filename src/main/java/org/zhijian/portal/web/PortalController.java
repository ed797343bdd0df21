package org.zhijian.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.portal.domain.PortalService;

/** The enterprise side's pages (phone first): the enterprise user's own enterprise only. */
@Controller
@RequestMapping("/portal")
class PortalController {

    private final PortalService portal;

    PortalController(PortalService portal) {
        this.portal = portal;
    }

    @GetMapping
    String home(Model model) {
        model.addAttribute("enterprise", portal.ownEnterprise());
        return "portal/home";
    }
}
