package org.civiclimate.assembly.draws;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Letters to send for a draw: how many (each gets a code, one sign-up each), and until when the public sign-up stays
 * open. With a register uploaded, the letters are drawn from its households once, in proportion to each district's
 * if {@code byDistrict}; without, the register stays outside the platform, and asking again adds letters and moves
 * the closing time.
 */
record InvitationRequest(
        @NotNull @Min(1) @Max(200_000) Integer letters,
        @NotNull OffsetDateTime signUpUntil,
        @Nullable Boolean byDistrict) {}
