package org.zhijian.system.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Three doors: the REST API is stateless and speaks HTTP Basic only (a browser's
 * session cookie opens nothing there, so CSRF cannot reach it); the pages use
 * form login, database-backed sessions (started at sign-in, not by visiting the login page) and CSRF
 * tokens; the enterprise side (/portal, issue 13) has its own login page on the same sessions. Enterprise
 * users get only /portal: every bureau page and the whole internal API refuse them, and bureau users get
 * no /portal page. Which records a user may touch is decided in the services, not here.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiSecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().access(BUREAU_ONLY))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(ctx -> ctx.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.zhijian())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors));
        return http.build();
    }

    /** Any logged-in user except an enterprise's own (their door is /portal). */
    private static final AuthorizationManager<RequestAuthorizationContext> BUREAU_ONLY = (authentication, context) -> {
        Authentication a = authentication.get();
        boolean bureau = a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)
                && a.getAuthorities().stream().noneMatch(g -> Role.ENTERPRISE.authority().equals(g.getAuthority()));
        return new AuthorizationDecision(bureau);
    };

    @Bean
    @Order(2)
    SecurityFilterChain portalChain(HttpSecurity http, ForbiddenRequests forbidden, LoginFailures loginFailures,
                                    CsrfTokenRepository pageCsrfTokens) throws Exception {
        http.securityMatcher("/portal/**")
                .csrf(csrf -> csrf.csrfTokenRepository(pageCsrfTokens))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/portal/login", "/portal/invitation/**").permitAll()
                        .anyRequest().hasRole(Role.ENTERPRISE.name()))
                .formLogin(form -> form.loginPage("/portal/login").loginProcessingUrl("/portal/login")
                        .defaultSuccessUrl("/portal", true).failureHandler(loginFailures.to("/portal/login?error")))
                .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(ex -> ex.accessDeniedHandler(forbidden.forPages())
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/portal/login")))
                .headers(SecurityHeaders.zhijian());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, ForbiddenRequests forbidden, LoginFailures loginFailures,
            CsrfTokenRepository pageCsrfTokens, @Value("${zhijian.security.public-api-docs:false}") boolean publicApiDocs) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/public/**", "/actuator/health/**", "/actuator/info",
                                "/sw.js", "/manifest.json").permitAll()
                        // The OpenAPI document and Swagger UI: public in development, behind login in prod
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .access(publicApiDocs ? (a, c) -> new AuthorizationDecision(true)
                                : AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN")
                        // Record-keeping forms are for admins; the services check the role again
                        .requestMatchers("/enterprises/new", "/enterprises/*/edit", "/licences/new",
                                "/licences/*/edit").hasRole("ADMIN")
                        .anyRequest().access(BUREAU_ONLY))
                .formLogin(form -> form.loginPage("/login").successHandler(landing()).failureHandler(loginFailures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.disable())
                // an anonymous visitor's token lives in a cookie, so the login page starts no session
                .csrf(csrf -> csrf.csrfTokenRepository(pageCsrfTokens))
                .exceptionHandling(ex -> ex.accessDeniedHandler(forbidden.forPages()))
                .headers(SecurityHeaders.zhijian());
        return http.build();
    }

    /** After the bureau's login page: where the user was going, else home; an enterprise user to /portal. */
    private static AuthenticationSuccessHandler landing() {
        SavedRequestAwareAuthenticationSuccessHandler bureau = new SavedRequestAwareAuthenticationSuccessHandler();
        bureau.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication.getAuthorities().stream()
                    .anyMatch(g -> Role.ENTERPRISE.authority().equals(g.getAuthority()))) {
                response.sendRedirect(request.getContextPath() + "/portal");
            } else {
                bureau.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /**
     * Where the pages' CSRF tokens are kept: the session when there is one, else a cookie, Secure like the
     * session cookie (always when that one is forced Secure, as in prod; else on secure requests).
     */
    @Bean
    CsrfTokenRepository pageCsrfTokens(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        return new SessionOrCookieCsrfTokens(secure);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
