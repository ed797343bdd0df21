package org.zhijian.account.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.account.domain.AccountService;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.web.FormSubmission;

/** Admins manage the accounts of their scope. The service enforces role and district. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST_VIEW = "admin/users";
    static final String FORM_VIEW = "admin/user-form";

    private final AccountService accounts;
    private final Districts districts;
    private final AuditTrail audit;

    UserAdminController(AccountService accounts, Districts districts, AuditTrail audit) {
        this.accounts = accounts;
        this.districts = districts;
        this.audit = audit;
    }

    @InitBinder("userForm")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Role.bureauRoles());
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", accounts.list(PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("districtById", districts.byId());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("userForm", new UserForm());
        return showForm(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        return FormSubmission.of(result).save(() -> {
            accounts.create(form.toProfile(), form.getPassword());
            redirect.addFlashAttribute("flash", "account.user.created");
            return "redirect:/admin/users";
        }).orElseGet(() -> {
            form.setPassword(null);
            return showForm(model, null);
        });
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        User u = accounts.get(id);
        model.addAttribute("userForm", UserForm.of(u));
        model.addAttribute("user", u);
        return showForm(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return FormSubmission.of(result).versioned(model, response, form::setVersion).save(() -> {
            accounts.update(id, form.getVersion(), form.toProfile());
            redirect.addFlashAttribute("flash", "account.user.updated");
            return "redirect:/admin/users";
        }).orElseGet(() -> {
            model.addAttribute("user", accounts.get(id));
            return showForm(model, id);
        });
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flash", "account.user.unlocked");
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String showForm(Model model, Long id) {
        model.addAttribute("userId", id);
        model.addAttribute("districtList", districts.visible());
        model.addAttribute("history", id == null ? null : audit.historyIfPermitted(AccountService.ENTITY, id));
        return FORM_VIEW;
    }
}
