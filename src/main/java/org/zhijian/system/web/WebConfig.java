package org.zhijian.system.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Simplified Chinese by default, English by the switch on every page (?lang=en,
 * remembered in a cookie). API callers may also ask through Accept-Language.
 * Static assets are linked by versioned URLs, resolved once ({@link StaticAssetUrls}), and those
 * URLs are cached by browsers for a year ({@link VersionedAssetCaching}).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ZHIJIAN_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            if (api && request.getHeader("Accept-Language") != null
                    && "en".equals(request.getLocale().getLanguage())) {
                return Locale.ENGLISH;
            }
            return DEFAULT_LOCALE;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new VersionedAssetCaching()).addPathPatterns(
                StaticAssetUrls.ASSET_PREFIXES.stream().map(p -> p + "**").toArray(String[]::new));
    }

    @Bean
    FilterRegistrationBean<StaticAssetUrls> staticAssetUrls() {
        return new FilterRegistrationBean<>(new StaticAssetUrls());
    }

    /**
     * Keeps Boot from adding Spring's own ResourceUrlEncodingFilter (it does whenever a webjars locator is
     * present): that one resolves every link of a page as a resource; {@link StaticAssetUrls} replaces it.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> springResourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
