package org.civiclimate.tenant.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Published in the process (never stored, so that no table keeps the address) when someone is invited to coordinate
 * a network, or invited again: the notifications email them once the invitation is committed.
 */
public record CoordinatorInvited(UUID invitationId, String email, String networkName, OffsetDateTime expiresAt) {}
