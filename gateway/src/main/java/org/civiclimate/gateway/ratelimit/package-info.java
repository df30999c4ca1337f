/**
 * Rate limits at the door: per signed-in user (or anonymous client address, {@code X-Forwarded-For} believed only from
 * trusted proxies) and per commune, with separate commune budgets for signed-in and anonymous callers, in fixed windows
 * whose counters live in PostgreSQL so that every gateway replica counts together. Over the limit: 429 problem+json
 * with {@code Retry-After}. Guarded by {@code GatewayRateLimitIT}, {@code ClientAddressTest} and {@code RateWindowTest}.
 */
@NullMarked
package org.civiclimate.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
