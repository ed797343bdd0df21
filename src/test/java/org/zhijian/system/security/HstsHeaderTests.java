package org.zhijian.system.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.zhijian.system.audit.SecurityAuditLog;
import org.zhijian.system.web.ServiceUnavailable;

/**
 * HSTS on secure requests only, checked on the login page with the web layer and the security
 * configuration alone (no database, no other controller): a slice, not the whole application.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.zhijian\\.system\\.web\\.HomeController"))
@Import({SecurityConfig.class, ApiSecurityErrors.class, ForbiddenRequests.class, LoginFailures.class})
class HstsHeaderTests {

    @MockitoBean
    SecurityAuditLog audit;

    @MockitoBean
    ServiceUnavailable unavailable;

    @Autowired
    MockMvc mvc;

    @Test
    void hstsIsSentOnSecureRequestsOnly() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
