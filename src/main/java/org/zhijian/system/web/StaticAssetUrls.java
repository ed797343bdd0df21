package org.zhijian.system.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites the links a page renders to static assets into their versioned URLs
 * ({@code /webjars/bootstrap/css/…} → {@code /webjars/bootstrap/5.3.8/css/…}, {@code /css/zhijian.css} →
 * {@code /css/zhijian-<md5>.css}), once per asset and application run.
 * <p>
 * It replaces Spring's {@code ResourceUrlEncodingFilter}, which Boot turns on as soon as a webjars locator is
 * on the class path. That filter sends every URL a page renders through the resource chain, page links
 * included: {@code /dashboard/districts/7?from=…} matches the static {@code /**} handler and is looked up as a
 * file in four class-path folders inside the jar, a miss that is never cached. A city dashboard renders about
 * 500 links, and those look-ups were most of its CPU time. Here only the asset prefixes are resolved, and each
 * answer is kept (assets do not change while the application runs).
 */
class StaticAssetUrls extends OncePerRequestFilter {

    static final List<String> ASSET_PREFIXES = List.of("/webjars/", "/css/", "/js/", "/img/");

    private final Cache<String, String> resolved = Caffeine.newBuilder().maximumSize(2_000).build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(versioned(request, url));
            }
        });
    }

    String versioned(HttpServletRequest request, String url) {
        String context = request.getContextPath();
        if (url == null || !url.startsWith(context)) {
            return url;
        }
        String path = url.substring(context.length());
        if (!isAsset(path)) {
            return url;
        }
        int end = suffixStart(path);
        String lookup = path.substring(0, end);
        ResourceUrlProvider provider = (ResourceUrlProvider) request.getAttribute(
                ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        if (provider == null) {
            return url;
        }
        String found = resolved.get(lookup, p -> {
            String v = provider.getForLookupPath(p);
            return v == null ? p : v;
        });
        return context + found + path.substring(end);
    }

    static boolean isAsset(String path) {
        for (String prefix : ASSET_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static int suffixStart(String path) {
        int query = path.indexOf('?');
        int fragment = path.indexOf('#');
        int end = path.length();
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        return end;
    }
}
