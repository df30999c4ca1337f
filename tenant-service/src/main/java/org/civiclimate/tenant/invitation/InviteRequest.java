package org.civiclimate.tenant.invitation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civiclimate.tenant.roles.CommuneRole;
import org.jspecify.annotations.Nullable;

/**
 * An admin's invitation of someone to the commune's staff. Checked as a whole by {@link InvitationService} (with the
 * commune's languages), so that every field's problem comes in one answer.
 *
 * @param language the email's language, one of the commune's; its first by default
 */
record InviteRequest(
        @NotBlank @Size(max = 254) @Email @Nullable String email,
        @NotNull @Nullable CommuneRole role,
        @Nullable String language) {}
