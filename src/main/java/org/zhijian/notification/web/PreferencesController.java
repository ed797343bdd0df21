package org.zhijian.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhijian.notification.domain.NotificationSettings;

/** The user's own mail settings, and the outbox of written mails for admins. */
@Controller
class PreferencesController {

    static final String VIEW = "notification/preferences";
    static final String OUTBOX = "notification/outbox";

    private final NotificationSettings settings;

    PreferencesController(NotificationSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/todo/preferences")
    String form(Model model) {
        List<String> groups = List.copyOf(settings.kindGroups());
        model.addAttribute("preferencesForm", PreferencesForm.of(settings.mine(), groups));
        return show(model, groups);
    }

    @PostMapping("/todo/preferences")
    String save(@ModelAttribute("preferencesForm") PreferencesForm form, BindingResult result, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        List<String> groups = List.copyOf(settings.kindGroups());
        return org.zhijian.system.web.FormSubmission.of(result).versioned(model, response, form::setVersion)
                .save(() -> {
                    settings.save(form.getVersion(), form.isNewItemMails(), form.isDailyDigest(), form.muted(groups));
                    redirect.addFlashAttribute("flash", "todo.prefs.saved");
                    return "redirect:/todo/preferences";
                }).orElseGet(() -> show(model, groups));
    }

    @GetMapping("/todo/outbox")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", settings.outbox(PageRequest.of(Math.max(page, 0), 50)));
        return OUTBOX;
    }

    private String show(Model model, List<String> groups) {
        model.addAttribute("groups", groups);
        model.addAttribute("email", settings.myEmail().orElse(null));
        return VIEW;
    }
}
