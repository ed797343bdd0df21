package org.zhijian.account.web;

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

/** A user's own account: changing the password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    static final String VIEW = "account/password";

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(@ModelAttribute("passwordForm") PasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        return FormSubmission.of(result).save(() -> {
            accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
            redirect.addFlashAttribute("flash", "account.password.changed");
            return "redirect:/";
        }).orElseGet(() -> {
            form.setCurrentPassword(null);
            form.setNewPassword(null);
            form.setConfirmPassword(null);
            return VIEW;
        });
    }
}
