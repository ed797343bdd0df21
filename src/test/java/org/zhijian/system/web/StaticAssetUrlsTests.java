package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Page links are left alone without asking the resource chain; an asset's versioned URL is looked up
 * once and then served from memory.
 */
class StaticAssetUrlsTests {

    private final ResourceUrlProvider provider = mock(ResourceUrlProvider.class);
    private final StaticAssetUrls urls = new StaticAssetUrls();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");

    StaticAssetUrlsTests() {
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, provider);
        when(provider.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .thenReturn("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
    }

    @Test
    void pageLinksAreNotLookedUpAsResources() {
        assertThat(urls.versioned(request, "/dashboard/districts/7?from=2025-01-01&to=2025-12-31"))
                .isEqualTo("/dashboard/districts/7?from=2025-01-01&to=2025-12-31");
        assertThat(urls.versioned(request, "/spotchecks/batches/12")).isEqualTo("/spotchecks/batches/12");
        verify(provider, never()).getForLookupPath(anyString());
    }

    @Test
    void anAssetIsResolvedOnceKeepingItsQueryAndFragment() {
        for (int i = 0; i < 3; i++) {
            assertThat(urls.versioned(request, "/webjars/bootstrap/css/bootstrap.min.css"))
                    .isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
        }
        assertThat(urls.versioned(request, "/webjars/bootstrap/css/bootstrap.min.css?x=1#top"))
                .isEqualTo("/webjars/bootstrap/5.3.8/css/bootstrap.min.css?x=1#top");
        verify(provider, times(1)).getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css");
    }

    @Test
    void anUnknownAssetKeepsItsUrlAndTheContextPathIsKept() {
        request.setContextPath("/zj");
        assertThat(urls.versioned(request, "/zj/js/missing.js")).isEqualTo("/zj/js/missing.js");
        assertThat(urls.versioned(request, "/zj/webjars/bootstrap/css/bootstrap.min.css"))
                .isEqualTo("/zj/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
    }

    @Test
    void onlyVersionedAssetUrlsAreImmutable() {
        VersionedAssetCaching caching = new VersionedAssetCaching();
        assertThat(caching.isVersioned("/css/zhijian-0123456789abcdef0123456789abcdef.css")).isTrue();
        assertThat(caching.isVersioned("/css/zhijian.css")).isFalse();
        assertThat(caching.isVersioned("/webjars/bootstrap/css/bootstrap.min.css")).isFalse();
        assertThat(caching.isVersioned("/webjars/bootstrap/0.0.1/css/bootstrap.min.css")).isFalse();
    }
}
