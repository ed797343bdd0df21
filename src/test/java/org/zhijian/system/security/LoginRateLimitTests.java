package org.zhijian.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginRateLimitTests {

    private final LoginRateLimit limit = new LoginRateLimit(3, Duration.ofMinutes(1));

    private MockHttpServletResponse post(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServletPath(path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        limit.doFilter(request, response, chain);
        // the chain went on (the login form was checked) exactly when the attempt was let through
        assertThat(chain.getRequest() != null).isEqualTo(response.getRedirectedUrl() == null);
        return response;
    }

    @Test
    void anAddressOverTheLimitIsSentBackWithoutItsPasswordBeingChecked() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/portal/login", "203.0.113.7").getRedirectedUrl()).isNull();
        }
        assertThat(post("/portal/login", "203.0.113.7").getRedirectedUrl()).isEqualTo("/portal/login?rate");
        assertThat(post("/login", "203.0.113.7").getRedirectedUrl()).as("both doors count together")
                .isEqualTo("/login?rate");
        assertThat(post("/login", "198.51.100.2").getRedirectedUrl()).as("another address is not held up").isNull();
    }

    @Test
    void onlyLoginPostsCount() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest get = new MockHttpServletRequest("GET", "/login");
            get.setServletPath("/login");
            get.setRemoteAddr("203.0.113.9");
            MockFilterChain chain = new MockFilterChain();
            limit.doFilter(get, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isNotNull();
        }
        assertThat(post("/login", "203.0.113.9").getRedirectedUrl()).isNull();
    }
}
