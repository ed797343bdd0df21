package org.zhijian.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The enterprise side's own login page (the form posts to the portal's security chain, with its lockout). */
@Controller
class PortalLoginController {

    @GetMapping("/portal/login")
    String login() {
        return "portal/login";
    }
}
