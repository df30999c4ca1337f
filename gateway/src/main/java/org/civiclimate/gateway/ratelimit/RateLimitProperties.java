package org.civiclimate.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits, under {@code civiclimate.gateway.rate-limit}: requests allowed per window.
 *
 * @param perUser for one signed-in user, all communes together
 * @param perAnonymousClient for one client address without a token (public pages and open data)
 * @param perCommune for one commune, all its users together (protects one commune's neighbours on shared servers)
 */
@ConfigurationProperties("civiclimate.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration window,
        @DefaultValue("600") int perUser,
        @DefaultValue("300") int perAnonymousClient,
        @DefaultValue("3000") int perCommune) {}
