package org.zhijian.portal.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.zhijian.portal.domain.EnterpriseAccounts;
import org.zhijian.system.web.FormSubmission;

/** The invitation link: the invitee sets their password, then logs in on the portal's login page. */
@Controller
@RequestMapping("/portal/invitation/{token}")
class InvitationController {

    static final String VIEW = "portal/invitation";

    private final EnterpriseAccounts accounts;

    InvitationController(EnterpriseAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String show(@PathVariable String token, @ModelAttribute("invitationForm") InvitationForm form, Model model) {
        model.addAttribute("invitation", accounts.invitation(token));
        model.addAttribute("token", token);
        return VIEW;
    }

    @PostMapping
    String accept(@PathVariable String token, @Valid @ModelAttribute("invitationForm") InvitationForm form,
                  BindingResult result, Model model) {
        if (!result.hasErrors() && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        return FormSubmission.of(result).save(() -> {
            accounts.accept(token, form.getPassword());
            return "redirect:/portal/login?activated";
        }).orElseGet(() -> {
            form.setPassword(null);
            form.setConfirmPassword(null);
            return show(token, form, model);
        });
    }
}
