package org.civiclimate.tenant.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invitation to coordinate a network, as the network's coordinators see it. */
record CoordinatorInvitation(
        UUID id,
        UUID networkId,
        String email,
        String invitedBy,
        OffsetDateTime invitedAt,
        OffsetDateTime expiresAt,
        @Nullable OffsetDateTime acceptedAt,
        @Nullable OffsetDateTime revokedAt,
        @Nullable String language) {

    Invitation.Status status(OffsetDateTime now) {
        return Invitation.Status.of(expiresAt, acceptedAt, revokedAt, now);
    }
}
