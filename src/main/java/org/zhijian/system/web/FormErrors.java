package org.zhijian.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.StaleEditException;

/** Turns service refusals into what a form shows: a message beside the field, or the newer values. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e.getField() == null || e.getField().isBlank()) {
            result.reject(e.getMessageCode(), e.getArgs(), null);
        } else {
            result.rejectValue(e.getField(), e.getMessageCode(), e.getArgs(), null);
        }
    }

    /**
     * Shows the values someone else saved and lets the user resubmit theirs
     * knowingly: the form keeps what they typed and now carries the newer version.
     */
    public static HttpStatus stale(Model model, StaleEditException e) {
        model.addAttribute("staleValues", e.getCurrentValues());
        model.addAttribute("staleType", e.getEntityType());
        model.addAttribute("staleVersion", e.getCurrentVersion());
        return HttpStatus.CONFLICT;
    }
}
