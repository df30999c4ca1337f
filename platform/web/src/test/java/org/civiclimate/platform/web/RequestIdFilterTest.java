package org.civiclimate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void keepsTheCallersRequestIdForTheWholeRequest() throws Exception {
        var request = new MockHttpServletRequest("GET", "/x");
        request.addHeader(RequestId.HEADER, "abc-123");
        var seen = new AtomicReference<String>();
        var response = run(request, seen);

        assertThat(seen.get()).isEqualTo("abc-123");
        assertThat(response.getHeader(RequestId.HEADER)).isEqualTo("abc-123");
        assertThat(RequestId.current()).isEmpty();
    }

    @Test
    void createsAnIdWhenTheCallerSentNone() throws Exception {
        var seen = new AtomicReference<String>();
        var response = run(new MockHttpServletRequest("GET", "/x"), seen);

        assertThat(seen.get()).hasSize(36);
        assertThat(response.getHeader(RequestId.HEADER)).isEqualTo(seen.get());
    }

    @Test
    void replacesAnIdThatCouldForgeLogLines() throws Exception {
        var request = new MockHttpServletRequest("GET", "/x");
        request.addHeader(RequestId.HEADER, "x\n2026-01-01 INFO forged");
        var seen = new AtomicReference<String>();
        run(request, seen);

        assertThat(seen.get()).doesNotContain("forged").hasSize(36);
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, AtomicReference<String> seen) throws Exception {
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) {
                seen.set(RequestId.current().orElseThrow());
            }
        }));
        return response;
    }
}
