/**
 * What the platform's front door enforces before routing: request size (declared or streamed), security headers (CSP
 * for the web app), CORS for the web app's development server; and the only actuator paths its public port answers,
 * liveness and readiness. Guarded by {@code GatewayIT}.
 */
@NullMarked
package org.civiclimate.gateway.edge;

import org.jspecify.annotations.NullMarked;
