package org.civiclimate.platform.security;

import org.civiclimate.platform.web.ProblemResponses;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reactive side (the gateway): 401 and 403 as problem+json, with the bearer challenge header. */
final class ReactiveProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final BearerTokenServerAuthenticationEntryPoint bearerEntryPoint =
            new BearerTokenServerAuthenticationEntryPoint();

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        // The bearer entry point sets the status and WWW-Authenticate header; the body is ours.
        return bearerEntryPoint.commence(exchange, failure).then(Mono.defer(() -> {
            String challenge = exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
            String detail = challenge != null && challenge.contains("invalid_token")
                    ? "The bearer token is not valid: " + failure.getMessage()
                    : "A bearer token from the platform's identity provider is required";
            return ProblemResponses.write(exchange.getResponse(), Problems.of(ProblemTypes.UNAUTHENTICATED, detail));
        }));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemResponses.write(
                exchange.getResponse(), Problems.of(ProblemTypes.FORBIDDEN, "You are not allowed to do this"));
    }
}
