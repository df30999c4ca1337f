package org.civiclimate.tenant.invitation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.tenant.roles.CommuneRole;

/**
 * An open invitation addressed to the signed-in user: to a commune's staff, or to coordinate a network. Its
 * {@code kind} ({@code STAFF}, {@code COORDINATOR}) says which.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = MyInvitation.ToStaff.class, name = "STAFF"),
    @JsonSubTypes.Type(value = MyInvitation.ToCoordinate.class, name = "COORDINATOR")
})
public sealed interface MyInvitation {

    UUID id();

    OffsetDateTime expiresAt();

    /** To be the commune's administrator or facilitator. */
    record ToStaff(UUID id, String communeSlug, String communeName, CommuneRole role, OffsetDateTime expiresAt)
            implements MyInvitation {}

    /** To coordinate the network. */
    record ToCoordinate(UUID id, String networkSlug, String networkName, OffsetDateTime expiresAt)
            implements MyInvitation {}
}
