/**
 * The web app, served by the gateway: its files (built from {@code web/}), its configuration
 * ({@code /app-config.json}), and {@code index.html} for every page path so that deep links work.
 * Guarded by {@code GatewayIT} and the browser tests.
 */
@NullMarked
package org.civiclimate.gateway.webapp;

import org.jspecify.annotations.NullMarked;
