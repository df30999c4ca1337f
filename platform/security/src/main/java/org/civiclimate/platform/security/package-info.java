/**
 * Security: every application validates Keycloak access tokens itself (signature, issuer, audience, expiry), whatever
 * the gateway did before, and answers 401 and 403 with problem+json. Controllers receive the {@link Caller}.
 * Guarded by {@code TokenValidationIT} (real tokens from the real Keycloak) and {@code CallerTest}.
 */
@NullMarked
package org.civiclimate.platform.security;

import org.jspecify.annotations.NullMarked;
