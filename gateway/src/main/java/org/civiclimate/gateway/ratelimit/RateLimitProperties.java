package org.civiclimate.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits, under {@code civiclimate.gateway.rate-limit}: requests allowed per window.
 *
 * @param perUser for one signed-in user, all communes together
 * @param perAnonymousClient for one client address without a token (public pages and open data)
 * @param perCommune for one commune, all its signed-in members together (protects one commune's neighbours on shared
 *     servers)
 * @param perStrangerCommune for one commune, all signed-in callers who are not its members together: self-service
 *     accounts are free to make, so they must not spend what the members have
 * @param perAnonymousCommune for one commune, all callers without a token together: a budget of its own, so that
 *     anonymous traffic, however many addresses it comes from, never spends what the commune's members have
 * @param trustedProxies addresses (or CIDR ranges) of the proxies in front of the gateway whose
 *     {@code X-Forwarded-For} names the client; from any other peer the header is ignored (none by default)
 */
@ConfigurationProperties("civiclimate.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration window,
        @DefaultValue("600") int perUser,
        @DefaultValue("300") int perAnonymousClient,
        @DefaultValue("3000") int perCommune,
        @DefaultValue("1000") int perStrangerCommune,
        @DefaultValue("1000") int perAnonymousCommune,
        @DefaultValue({}) List<String> trustedProxies) {}
