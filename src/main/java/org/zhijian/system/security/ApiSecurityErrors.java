package org.zhijian.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.zhijian.system.web.ServiceUnavailable;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 on the API as RFC 9457 problem details, in the caller's language;
 * 503 when the credentials could not be checked at all (the user lookup failed),
 * since a 401 would tell a client with correct credentials that they are wrong.
 */
@Component
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final ForbiddenRequests forbidden;
    private final ServiceUnavailable unavailable;

    ApiSecurityErrors(JsonMapper json, MessageSource messages, LocaleResolver localeResolver,
                      ForbiddenRequests forbidden, ServiceUnavailable unavailable) {
        this.json = json;
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.forbidden = forbidden;
        this.unavailable = unavailable;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException) {
            unavailable.write(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"zhijian\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "api.error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        forbidden.record(request, e);
        write(request, response, HttpStatus.FORBIDDEN, "api.error.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
            throws IOException {
        var locale = localeResolver.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, locale));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
