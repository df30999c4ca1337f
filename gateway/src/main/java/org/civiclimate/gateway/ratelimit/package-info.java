/**
 * Rate limits at the door: per signed-in user (or anonymous client address) and per commune, in fixed windows whose
 * counters live in PostgreSQL so that every gateway replica counts together. Over the limit: 429 problem+json with
 * {@code Retry-After}. Guarded by {@code GatewayIT} and {@code RateWindowTest}.
 */
@NullMarked
package org.civiclimate.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
