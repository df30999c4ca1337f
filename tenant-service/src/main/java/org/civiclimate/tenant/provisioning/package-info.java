/**
 * The identity provider side of onboarding: each commune is a Keycloak Organization (alias = slug) whose members are
 * the commune's people. Talks to Keycloak's admin REST API with the service's own client credentials.
 * Guarded by {@code KeycloakOrganizationsIT} (real Keycloak) and the commune onboarding tests.
 */
@NullMarked
package org.civiclimate.tenant.provisioning;

import org.jspecify.annotations.NullMarked;
