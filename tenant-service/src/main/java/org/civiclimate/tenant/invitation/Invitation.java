package org.civiclimate.tenant.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jspecify.annotations.Nullable;

/** An invitation as its commune's admins see it; its status says whether it still waits for an answer. */
public record Invitation(
        UUID id,
        String email,
        CommuneRole role,
        String invitedBy,
        OffsetDateTime invitedAt,
        OffsetDateTime expiresAt,
        @Nullable OffsetDateTime acceptedAt,
        @Nullable OffsetDateTime revokedAt) {

    public enum Status {
        OPEN,
        ACCEPTED,
        REVOKED,
        EXPIRED
    }

    public Status status(OffsetDateTime now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.OPEN : Status.EXPIRED;
    }
}
