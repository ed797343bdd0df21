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
        Locale locale = localeResolver.resolveLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem(request, locale));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            templates.process(VIEW, new WebContext(exchange, locale,
                    Map.of("retryAfter", DatabaseOutage.RETRY_AFTER_SECONDS)), response.getWriter());
        }
        response.flushBuffer();
    }

    ProblemDetail problem(HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("api.error.unavailable", new Object[] {DatabaseOutage.RETRY_AFTER_SECONDS},
                        locale));
        problem.setTitle(HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("retryAfterSeconds", DatabaseOutage.RETRY_AFTER_SECONDS);
        return problem;
    }
}
