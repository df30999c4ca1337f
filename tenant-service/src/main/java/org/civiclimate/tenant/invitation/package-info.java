/**
 * People invited by email. Staff: a commune's admin invites someone to be an administrator or facilitator, in one of
 * the commune's languages; coordinators: a network's coordinator invites someone to coordinate it. Either way the
 * invitation announces itself through the outbox ({@link org.civiclimate.tenant.invitation.StaffInvited},
 * {@link org.civiclimate.tenant.invitation.CoordinatorInvited}, ids only) and the notifications mail it with one link,
 * {@code /invitations/{id}}, which anyone holding it reads under {@code /api/public/invitations/{id}}; the person,
 * signed in with that verified address, sees it under {@code /api/me/invitations} and accepts it, which grants the
 * role (and, for staff, the commune's Keycloak organization). Open invitations expire after 7 days and can be revoked;
 * no answer tells whether an address is anyone's on the platform; every staff step is in the commune's audit trail.
 * Guarded by {@code InvitationIT}, {@code CoordinatorInvitationIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.invitation;

import org.jspecify.annotations.NullMarked;
