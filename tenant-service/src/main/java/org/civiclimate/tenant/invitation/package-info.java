/**
 * People invited by email. Staff: a commune's admin invites someone to be an administrator or facilitator; Keycloak
 * sends the invitation (the commune's Organization invitation, over the platform's SMTP server); every step is in the
 * commune's audit trail. Coordinators: a network's coordinator invites someone to coordinate it; the notifications
 * mail the invitation. Either way the person, signed in with that verified address, sees the invitation under
 * {@code /api/me/invitations} and accepts it, which grants the role; open invitations expire after 7 days and can be
 * revoked; no answer tells whether an address is anyone's on the platform.
 * Guarded by {@code InvitationIT}, {@code CoordinatorInvitationIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.invitation;

import org.jspecify.annotations.NullMarked;
