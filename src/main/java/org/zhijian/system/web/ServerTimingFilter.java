package org.zhijian.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For benchmarks only (zhijian.perf.server-timing=true; off by default): answers each request with
 * {@code Server-Timing: cpu;dur=<ms>, app;dur=<ms>} — the CPU time the request's thread spent in the
 * application (JVM thread CPU time, from session loading through rendering to the session write) and
 * the wall time. CPU time is what a loaded machine disturbs least, so the benchmark prints it per page.
 * The body is held until the end so the header can still be set after rendering; that costs a copy,
 * which is why the filter is not on in production.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "zhijian.perf.server-timing", havingValue = "true")
class ServerTimingFilter extends OncePerRequestFilter {

    static final String HEADER = "Server-Timing";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try {
            chain.doFilter(request, held);
        } finally {
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
            long wallNanos = System.nanoTime() - wall;
            if (!response.isCommitted()) {
                response.setHeader(HEADER, value(cpuNanos, wallNanos));
            }
            held.copyBodyToResponse();
        }
    }

    static String value(long cpuNanos, long wallNanos) {
        return String.format(Locale.ROOT, "cpu;dur=%.2f, app;dur=%.2f", cpuNanos / 1e6, wallNanos / 1e6);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }
}
