package org.zhijian.system.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limit of sign-in attempts per client address, before the password is even checked: at most
 * {@code zhijian.security.login-rate.attempts} posts to a login form per address within
 * {@code zhijian.security.login-rate.window}, on the bureau's and the enterprise side's login alike.
 * The per-account lockout ({@link LoginFailures}) stops guessing one account's password; this stops
 * one address from trying many accounts. An attempt over the limit goes back to its login page with
 * {@code ?rate} and is not checked at all. The client address is the request's remote address, which
 * behind the TLS proxy is the forwarded one ({@code server.forward-headers-strategy=native}). Counters
 * are kept per instance: behind a load balancer of n instances an address gets at most n times the limit.
 */
@Component
@Order(-200) // before Spring Security's filter chain (-100), which answers the login post itself
public class LoginRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginRateLimit.class);

    private final int attempts;
    private final Cache<String, AtomicInteger> counters;

    LoginRateLimit(@Value("${zhijian.security.login-rate.attempts:30}") int attempts,
                   @Value("${zhijian.security.login-rate.window:PT1M}") Duration window) {
        this.attempts = attempts;
        this.counters = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/portal/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        int n = counters.get(address, a -> new AtomicInteger()).incrementAndGet();
        if (n > attempts) {
            if (n == attempts + 1) {
                log.warn("Sign-in attempts from {} over {} in the window: refused until it passes", address, attempts);
            }
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "?rate");
            return;
        }
        chain.doFilter(request, response);
    }
}
