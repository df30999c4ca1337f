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
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Servlet side: 401 and 403 as problem+json, keeping the {@code WWW-Authenticate} header RFC 6750 asks for. The
 * detail says what was wrong with the caller's own token (expired, wrong audience...), never anything else.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerEntryPoint.commence(request, response, failure);
        ProblemResponses.write(response, Problems.of(ProblemTypes.UNAUTHENTICATED, detail(response, failure)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        bearerDenied.handle(request, response, denied);
        ProblemResponses.write(response, Problems.of(ProblemTypes.FORBIDDEN, "You are not allowed to do this"));
    }

    static String detail(HttpServletResponse response, AuthenticationException failure) {
        String challenge = response.getHeader(HttpHeaders.WWW_AUTHENTICATE);
        return challenge != null && challenge.contains("invalid_token")
                ? "The bearer token is not valid: " + failure.getMessage()
                : "A bearer token from the platform's identity provider is required";
    }
}
