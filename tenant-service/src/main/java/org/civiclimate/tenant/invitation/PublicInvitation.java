package org.civiclimate.tenant.invitation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invitation as whoever holds its link sees it before signing in: to what, whether it is still open, and a hint of
 * the address it was sent to (so that a newcomer registers with that one). Its {@code kind} says which.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PublicInvitation.Staff.class, name = "STAFF"),
    @JsonSubTypes.Type(value = PublicInvitation.Coordinator.class, name = "COORDINATOR")
})
sealed interface PublicInvitation {

    record Staff(
            UUID id,
            String communeSlug,
            String communeName,
            String role,
            Invitation.Status status,
            OffsetDateTime expiresAt,
            String addressHint,
            String language)
            implements PublicInvitation {}

    record Coordinator(
            UUID id,
            String networkSlug,
            String networkName,
            String role,
            Invitation.Status status,
            OffsetDateTime expiresAt,
            String addressHint,
            String language)
            implements PublicInvitation {}

    /**
     * The address with all but the first letter of its local part hidden, and its domain: {@code s•••@signup.example}.
     * The dots are as many for every address, so the hint tells nothing of its length.
     */
    static String hint(String email) {
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return email.codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "•••"
                + email.substring(at);
    }
}
