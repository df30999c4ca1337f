package org.civiclimate.gateway.edge;

import java.util.ArrayList;
import java.util.List;
import org.civiclimate.platform.security.ReactiveSecurityCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/** CORS and response headers, added to the platform's security chain. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EdgeProperties.class)
class EdgeSecurity {

    @Bean
    ReactiveSecurityCustomizer edgeHeadersAndCors(EdgeProperties properties, Environment environment) {
        String keycloak = KeycloakUrl.publicUrl(properties, environment);
        // The web app loads only its own files, talks to the API and Keycloak, and is framed by nobody but itself
        // (keycloak-js checks the session in a hidden frame of the app's own silent-check-sso.html).
        String policy = String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self' " + keycloak,
                "frame-src 'self' " + keycloak,
                "frame-ancestors 'self'",
                "form-action 'self' " + keycloak,
                "base-uri 'self'",
                "object-src 'none'");
        return http -> http.cors(cors -> cors.configurationSource(corsSource(properties.corsAllowedOrigins())))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .frameOptions(frame -> frame.mode(
                                org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode
                                        .SAMEORIGIN))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicy(permissions ->
                                permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> origins) {
        var cors = new CorsConfiguration();
        cors.setAllowedOrigins(new ArrayList<>(origins));
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id"));
        cors.setExposedHeaders(List.of("Location", "ETag", "Retry-After", "X-Request-Id"));
        cors.setMaxAge(3600L);
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
