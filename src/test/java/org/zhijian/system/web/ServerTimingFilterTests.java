package org.zhijian.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The benchmark's per-request CPU header: present, well-formed, and the body passes through whole. */
class ServerTimingFilterTests {

    @Test
    void aResponseCarriesItsThreadCpuTimeAndWallTimeAndItsWholeBody() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String body = "页面".repeat(10_000);
        new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/dashboard"), response,
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void doGet(jakarta.servlet.http.HttpServletRequest req,
                                         jakarta.servlet.http.HttpServletResponse res) throws java.io.IOException {
                        res.setCharacterEncoding("UTF-8");
                        res.getWriter().write(body);
                    }
                }));

        assertThat(response.getHeader("Server-Timing")).matches("cpu;dur=\\d+\\.\\d\\d, app;dur=\\d+\\.\\d\\d");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void theHeaderIsInMilliseconds() {
        assertThat(ServerTimingFilter.value(12_345_678, 20_000_000)).isEqualTo("cpu;dur=12.35, app;dur=20.00");
    }
}
