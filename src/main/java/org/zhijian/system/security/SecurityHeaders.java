package org.zhijian.system.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

    private static final String CSP = "Content-Security-Policy";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI adds its own {@code <style>} elements; only its pages may. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
            "style-src 'self' 'unsafe-inline';");

    private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> zhijian() {
        // Same-origin: links out (standards bodies, maps) do not carry ids or search terms from our URLs
        return headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new StaticHeadersWriter(CSP, CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new StaticHeadersWriter(CSP, SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000L));
    }
}
