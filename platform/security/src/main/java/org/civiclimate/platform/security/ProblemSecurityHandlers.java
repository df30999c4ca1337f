package org.civiclimate.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civiclimate.platform.web.ProblemResponses;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Servlet side: 401 and 403 as problem+json, with the {@code WWW-Authenticate} challenge RFC 6750 asks for. The
 * detail says what was wrong with the caller's own token (expired, wrong audience...), never anything else.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        var challenge = BearerChallenge.of(failure);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge.header());
        ProblemResponses.write(response, Problems.of(ProblemTypes.UNAUTHENTICATED, challenge.detail()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        ProblemResponses.write(response, Problems.of(ProblemTypes.FORBIDDEN, "You are not allowed to do this"));
    }
}
