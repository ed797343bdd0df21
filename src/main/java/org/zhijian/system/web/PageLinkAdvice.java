package org.zhijian.system.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page the link to "this list, another page": the current path and
 * filters with page= at the end, for the pager fragment.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageLinkAdvice {

    @ModelAttribute("pageLinkBase")
    String pageLinkBase(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI();
        String rest = UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
                .replaceQueryParam("page")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        return rest + (rest.contains("?") ? "&" : "?") + "page=";
    }
}
