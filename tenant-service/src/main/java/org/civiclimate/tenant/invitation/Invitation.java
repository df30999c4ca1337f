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
        @Nullable OffsetDateTime revokedAt,
        @Nullable String language) {

    public enum Status {
        OPEN,
        ACCEPTED,
        REVOKED,
        EXPIRED;

        /** Accepted or revoked for good; else open until it expires. Staff and coordinator invitations alike. */
        static Status of(
                OffsetDateTime expiresAt,
                @Nullable OffsetDateTime acceptedAt,
                @Nullable OffsetDateTime revokedAt,
                OffsetDateTime now) {
            if (acceptedAt != null) {
                return ACCEPTED;
            }
            if (revokedAt != null) {
                return REVOKED;
            }
            return expiresAt.isAfter(now) ? OPEN : EXPIRED;
        }
    }

    public Status status(OffsetDateTime now) {
        return Status.of(expiresAt, acceptedAt, revokedAt, now);
    }
}
