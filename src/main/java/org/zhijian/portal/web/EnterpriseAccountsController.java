package org.zhijian.portal.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.portal.domain.EnterpriseAccounts;
import org.zhijian.system.web.FormSubmission;

/** An admin's enterprise users (企业账号): who has one, and inviting another. */
@Controller
@RequestMapping("/admin/enterprise-accounts")
class EnterpriseAccountsController {

    static final String VIEW = "portal/accounts";

    private final EnterpriseAccounts accounts;

    EnterpriseAccountsController(EnterpriseAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(@ModelAttribute("inviteForm") InviteForm form, Model model) {
        model.addAttribute("accounts", accounts.list());
        return VIEW;
    }

    @PostMapping
    String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            redirect.addFlashAttribute("issued", accounts.invite(form.getCreditCode(), form.getUsername(),
                    form.getDisplayName()));
            return "redirect:/admin/enterprise-accounts";
        }).orElseGet(() -> list(form, model));
    }
}
