package org.zhijian.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.jpa.StaleRecords;
import org.zhijian.system.security.ForbiddenRequests;

/**
 * Errors of the REST API as RFC 9457 problem details. A 400 lists every bad
 * field with its reason in the caller's language under {@code errors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final StaleRecords staleRecords;
    private final ForbiddenRequests forbiddenRequests;

    ApiProblems(MessageSource messages, StaleRecords staleRecords, ForbiddenRequests forbiddenRequests) {
        this.messages = messages;
        this.staleRecords = staleRecords;
        this.forbiddenRequests = forbiddenRequests;
    }

    /** One bad field and why, as the API reports it. */
    public record FieldProblem(String field, String reason) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(e -> new FieldProblem(e instanceof FieldError fe ? fe.getField() : e.getObjectName(),
                        messages.getMessage(e, locale)))
                .toList();
        ProblemDetail problem = validationProblem(errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Unreadable JSON: names the field Jackson stopped at (a wrong enum value, a bad date, text for a number). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "";
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
                field = je.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                break;
            }
        }
        String reason = messages.getMessage(field.isEmpty() ? "api.error.badRequest" : "api.error.unreadableValue",
                null, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field, reason))));
    }

    /** A query or path parameter of the wrong type, e.g. districtId=abc or an unknown status. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String reason = messages.getMessage("api.error.unreadableValue", null, LocaleContextHolder.getLocale());
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field, reason))));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleException ex) {
        String reason = messages.getMessage(ex.getMessageCode(), ex.getArgs(), LocaleContextHolder.getLocale());
        String field = ex.getField() == null ? "" : ex.getField();
        return ResponseEntity.badRequest().body(validationProblem(List.of(new FieldProblem(field, reason))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "api.error.notFound", null);
    }

    @ExceptionHandler(StaleEditException.class)
    ResponseEntity<ProblemDetail> stale(StaleEditException ex) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.CONFLICT, "api.error.stale", null);
        response.getBody().setProperty("currentVersion", ex.getCurrentVersion());
        response.getBody().setProperty("current", ex.getCurrentValues());
        return response;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> optimisticLock(ObjectOptimisticLockingFailureException ex) {
        // raised at flush or commit: read the current values so this 409 says as much as the others
        return staleRecords.describe(ex).map(this::stale)
                .orElseGet(() -> problem(HttpStatus.CONFLICT, "api.error.stale", null));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex, HttpServletRequest request) {
        forbiddenRequests.record(request, ex);
        return problem(HttpStatus.FORBIDDEN, "api.error.forbidden", null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
        log.debug("Bad API argument", ex);
        return problem(HttpStatus.BAD_REQUEST, "api.error.badRequest", null);
    }

    private ProblemDetail validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("api.error.validation", null, LocaleContextHolder.getLocale()));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setProperty("errors", errors);
        return problem;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, @Nullable Map<String, Object> props) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(code, null, LocaleContextHolder.getLocale()));
        problem.setTitle(status.getReasonPhrase());
        if (props != null) {
            props.forEach(problem::setProperty);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
