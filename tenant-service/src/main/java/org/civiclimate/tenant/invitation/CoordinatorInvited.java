package org.civiclimate.tenant.invitation;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/**
 * Published through the outbox when someone is invited to coordinate a network, or invited again: the notifications
 * mail the invitation if it is still open. Ids only: the address stays in the invitation's row (and goes with an
 * erasure).
 */
@CloudEventType("invitation.coordinator-invited")
public record CoordinatorInvited(UUID invitationId, UUID networkId) {}
