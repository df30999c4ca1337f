package org.civiclimate.tenant.invitation;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/**
 * Published through the outbox when a commune's admin invites someone to its staff, or invites them again: the
 * notifications mail the invitation if it is still open. Ids only, never the address.
 */
@CloudEventType("invitation.staff-invited")
public record StaffInvited(UUID invitationId, UUID communeId) {}
