package org.zhijian.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.StaleEditException;

/**
 * The one way a page saves a form: the save runs only when the form is valid,
 * and a service refusal becomes what the re-rendered form shows, a message
 * beside its field, or for a stale edit a 409 with the newer values and the
 * newer version carried in the form. The API's counterpart is {@link ApiProblems}.
 *
 * <pre>{@code
 * return FormSubmission.of(result).versioned(model, response, form::setVersion)
 *         .save(() -> { service.update(id, form.getVersion(), ...); return "redirect:/..."; })
 *         .orElseGet(() -> showForm(model, id));
 * }</pre>
 */
public final class FormSubmission {

    private final BindingResult result;
    private Model model;
    private HttpServletResponse response;
    private LongConsumer newerVersion;

    private FormSubmission(BindingResult result) {
        this.result = result;
    }

    /** Refusals go on the form bound to {@code result}; a stale edit is left to the 409 error page. */
    public static FormSubmission of(BindingResult result) {
        return new FormSubmission(result);
    }

    /** The form carries a version: a stale edit re-renders it with the newer values, knowingly resubmittable. */
    public FormSubmission versioned(Model model, HttpServletResponse response, LongConsumer newerVersion) {
        this.model = model;
        this.response = response;
        this.newerVersion = newerVersion;
        return this;
    }

    /**
     * Runs {@code save} (which answers the view to go to, usually a redirect)
     * unless the form already has errors. Empty when the form must be shown
     * again: it had errors, or the service refused and the form now says why.
     */
    public Optional<String> save(Supplier<String> save) {
        if (result.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (BusinessRuleException e) {
            FormErrors.reject(result, e);
        } catch (StaleEditException e) {
            if (newerVersion == null) {
                throw e;
            }
            response.setStatus(FormErrors.stale(model, e).value());
            newerVersion.accept(e.getCurrentVersion());
        }
        return Optional.empty();
    }
}
