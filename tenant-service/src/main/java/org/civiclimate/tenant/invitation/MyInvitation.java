package org.civiclimate.tenant.invitation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.tenant.roles.CommuneRole;

/** An open invitation addressed to the signed-in user. */
public record MyInvitation(
        UUID id, String communeSlug, String communeName, CommuneRole role, OffsetDateTime expiresAt) {}
