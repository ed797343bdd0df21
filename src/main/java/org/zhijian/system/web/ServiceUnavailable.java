package org.zhijian.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.zhijian.system.DatabaseOutage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer while the database is away: 503 with Retry-After, as an RFC 9457
 * problem on the API and as the "temporarily unavailable" page elsewhere. It is
 * written straight to the response because it is also needed where no
 * controller runs (the session filter, the login): the page template is
 * self-contained, so rendering it touches neither the session nor the database.
 */
@Component
public class ServiceUnavailable {

    static final String VIEW = "error/503";

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final ITemplateEngine templates;

    ServiceUnavailable(JsonMapper json, MessageSource messages, LocaleResolver localeResolver,
                       ITemplateEngine templates) {
        this.json = json;
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.templates = templates;
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, false);
    }

    /**
     * @param busy the database answers but every pooled connection stayed busy: the message says the
     *             system is overloaded rather than that the database cannot be reached
     */
    public void write(HttpServletRequest request, HttpServletResponse response, boolean busy) throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        int retryAfter = busy ? DatabaseOutage.BUSY_RETRY_AFTER_SECONDS : DatabaseOutage.RETRY_AFTER_SECONDS;
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem(request, locale, busy, retryAfter));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            templates.process(VIEW, new WebContext(exchange, locale,
                    Map.of("retryAfter", retryAfter, "busy", busy)), response.getWriter());
        }
        response.flushBuffer();
    }

    ProblemDetail problem(HttpServletRequest request, Locale locale) {
        return problem(request, locale, false, DatabaseOutage.RETRY_AFTER_SECONDS);
    }

    private ProblemDetail problem(HttpServletRequest request, Locale locale, boolean busy, int retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(busy ? "api.error.busy" : "api.error.unavailable", new Object[] {retryAfter},
                        locale));
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("retryAfterSeconds", retryAfter);
        return problem;
    }
}
