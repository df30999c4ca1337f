package org.civiclimate.assembly.draws;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * Letters to send for a draw whose register stays outside the platform: how many (each gets a code, one sign-up
 * each), and until when the public sign-up stays open. Asking again adds letters and moves the closing time.
 */
record InvitationRequest(
        @NotNull @Min(1) @Max(200_000) Integer letters,
        @NotNull OffsetDateTime signUpUntil) {}
