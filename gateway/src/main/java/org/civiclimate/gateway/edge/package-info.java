/**
 * What the platform's front door enforces before routing: request size, security headers (CSP for the web app), CORS
 * for the web app's development server. Guarded by {@code GatewayIT}.
 */
@NullMarked
package org.civiclimate.gateway.edge;

import org.jspecify.annotations.NullMarked;
