package org.civiclimate.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * Lets a reactive application (the gateway) add to the platform's security chain, e.g. CORS and response headers,
 * without replacing the token checks.
 */
@FunctionalInterface
public interface ReactiveSecurityCustomizer {

    void customize(ServerHttpSecurity http);
}
