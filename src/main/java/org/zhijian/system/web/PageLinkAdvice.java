package org.zhijian.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the links to "this page, another page of the list" (for the
 * pager) and "this page, another language" (for the switch in the layout),
 * keeping the current path and filters.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageLinkAdvice {

    @ModelAttribute("pageLinkBase")
    String pageLinkBase(HttpServletRequest request) {
        return without(request, "page") + "page=";
    }

    @ModelAttribute("langLinkBase")
    String langLinkBase(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "?lang=";
        }
        return without(request, "page") + "lang=";
    }

    private static String without(HttpServletRequest request, String param) {
        String query = request.getQueryString();
        String rest = UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam(param)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        return rest + (rest.contains("?") ? "&" : "?");
    }
}
