package org.civiclimate.tenant.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jspecify.annotations.Nullable;

/**
 * What the email of an open invitation says: to whom, in which language ({@code fr}, {@code nl}, {@code de},
 * {@code en}), to what (the commune's or network's name; the staff role, none for a coordinator) and until when.
 */
public record InvitationMail(
        UUID id,
        String email,
        String language,
        String name,
        @Nullable CommuneRole role,
        OffsetDateTime expiresAt) {}
