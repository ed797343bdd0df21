package org.zhijian.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhijian.system.DatabaseOutage;

/**
 * Outside every other filter but the character encoding, so that a database
 * failure anywhere (loading the session, the security context, a controller,
 * saving the session) becomes a 503 instead of a 500, an error page that needs
 * the database itself, or a page cut off half-way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ServiceUnavailable unavailable;

    DatabaseOutageFilter(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            boolean busy = DatabaseOutage.isPoolBusy(e);
            log.warn("{}, answering 503 to {} {}: {}", busy ? "Every database connection busy" : "Database unavailable",
                    request.getMethod(), request.getRequestURI(), e.getMessage());
            response.reset();
            unavailable.write(request, response, busy);
        }
    }
}
