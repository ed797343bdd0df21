package org.zhijian.system.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers for pages and API alike.
 * <p>
 * The Content-Security-Policy runs scripts from Zhijian's own files only: no inline
 * script, no inline event handler, no eval. Page data reaches scripts through
 * data-* attributes or a {@code <script type="application/json">} block. Style
 * attributes stay allowed (Bootstrap progress bars, risk-grade colours and
 * ECharts' tooltip markup use them), but not inline {@code <style>} elements.
 * {@code data:} images are Bootstrap's inline SVG icons.
 * <p>
 * HSTS (Spring Security's default, one year) is sent on secure requests only; behind
 * a TLS proxy a request counts as secure through X-Forwarded-Proto
 * ({@code server.forward-headers-strategy=native}).
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> zhijian() {
        // Same-origin: links out (standards bodies, maps) do not carry ids or search terms from our URLs
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000L));
    }
}
