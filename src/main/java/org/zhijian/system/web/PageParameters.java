package org.zhijian.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.zhijian.system.BusinessRuleException;

/**
 * The one check on the {@code page} parameter of every list, page and API alike.
 * Controllers multiply it by their page size into a row offset that must fit an
 * int; an absurd page (2147483647, or one that is not an int at all) is refused
 * here with a 400 instead of overflowing into a 500 further down.
 */
@Component
class PageParameters implements WebMvcConfigurer, HandlerInterceptor {

    static final String PARAM = "page";
    /** With the largest page size any list allows (200), still far below 2^31 rows. */
    static final long MAX_PAGE = 100_000;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String page = request.getParameter(PARAM);
        if (page == null || page.isBlank() || withinRange(page.strip())
                || request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod m)) {
            return true;
        }
        if (AnnotatedElementUtils.hasAnnotation(m.getBeanType(), RestController.class)) {
            throw new BusinessRuleException(PARAM, "paging.page.outOfRange", String.valueOf(MAX_PAGE));
        }
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return false;
    }

    private static boolean withinRange(String page) {
        try {
            return Long.parseLong(page) <= MAX_PAGE;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
