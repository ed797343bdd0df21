package org.zhijian.portal.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.account.domain.AccountService;
import org.zhijian.system.web.FormSubmission;

/**
 * An enterprise user's own password, on the enterprise side: the bureau's rules (current password,
 * strength, confirmation) through the same account service, which audits the change as theirs.
 */
@Controller
@RequestMapping("/portal/password")
class PortalPasswordController {

    static final String VIEW = "portal/password";

    private final AccountService accounts;

    PortalPasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(@ModelAttribute("passwordForm") PortalPasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PortalPasswordForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        return FormSubmission.of(result).save(() -> {
            accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
            redirect.addFlashAttribute("flash", "account.password.changed");
            return "redirect:/portal";
        }).orElseGet(() -> {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return VIEW;
        });
    }
}
