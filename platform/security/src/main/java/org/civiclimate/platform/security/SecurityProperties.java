package org.civiclimate.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token validation settings, under {@code civiclimate.security}. The issuer is Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 *
 * @param audiences a token is accepted when its {@code aud} names one of these (by default the application's name,
 *     see {@code SecurityEnvironmentPostProcessor})
 * @param clockSkew tolerance on {@code exp} and {@code nbf} for clocks that differ between Keycloak and here
 * @param publicPaths paths anyone may call without a token (health, API docs, public open data)
 * @param protectedPaths paths that need a valid token (all by default; the gateway protects only the API); anything
 *     neither public nor protected is open (the web app's files)
 */
@ConfigurationProperties("civiclimate.security")
public record SecurityProperties(
        List<String> audiences,
        @DefaultValue("10s") Duration clockSkew,

        @DefaultValue({
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/v3/api-docs/**",
            "/swagger-ui/**",
            "/swagger-ui.html",
            "/api/public/**",
            "/error"
        })
        List<String> publicPaths,

        @DefaultValue("/**") List<String> protectedPaths) {}
