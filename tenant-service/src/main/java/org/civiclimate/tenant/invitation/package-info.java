/**
 * Staff invited by email: a commune's admin invites someone to be an administrator or facilitator; Keycloak sends
 * the invitation (the commune's Organization invitation, over the platform's SMTP server); the invited person, signed
 * in with that verified address, sees the invitation and accepts it, which grants the role. Open invitations expire
 * and can be revoked; every step is audited.
 * Guarded by {@code InvitationIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.invitation;

import org.jspecify.annotations.NullMarked;
