package org.civiclimate.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Servlet side: adopts or creates the request id, echoes it, and writes the access-log line when the request ends. */
final class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestId.acceptOrCreate(request.getHeader(RequestId.HEADER));
        response.setHeader(RequestId.HEADER, id);
        long start = System.nanoTime();
        try (var _ = RequestId.open(id)) {
            chain.doFilter(request, response);
        } finally {
            AccessLog.record(
                    request.getMethod(),
                    request.getRequestURI(),
                    response.getStatus(),
                    Duration.ofNanos(System.nanoTime() - start),
                    id);
        }
    }
}
