package org.zhijian.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.webjars.WebJarVersionLocator;

/**
 * A static asset asked for by its versioned URL never changes: a webjar file under its version
 * ({@code /webjars/bootstrap/5.3.8/…}) or one of our files under its content hash
 * ({@code /css/zhijian-<md5>.css}). Browsers may keep those for a year without asking again. The same file
 * asked for without the version keeps the default (revalidated by Last-Modified), since its content may
 * change with the next release.
 */
class VersionedAssetCaching implements HandlerInterceptor {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final Pattern CONTENT_HASH = Pattern.compile("^/(css|js|img)/.+-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    private final WebJarVersionLocator webjars = new WebJarVersionLocator();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler
                && isVersioned(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        }
        return true;
    }

    boolean isVersioned(String path) {
        if (path.startsWith("/webjars/")) {
            String[] parts = path.split("/", 5);
            // "", "webjars", name, version, file
            if (parts.length < 5) {
                return false;
            }
            String version = webjars.version(parts[2]);
            return version != null && version.equals(parts[3]);
        }
        return CONTENT_HASH.matcher(path).matches();
    }
}
