package org.civiclimate.assembly.assemblies;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/** Seats a member of the commune by hand; {@code startsOn} defaults to today in the commune. */
record SeatRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+", message = "must be a user id")
        String userId,

        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String name,

        @NotNull @Min(1) Integer seat,

        @Nullable LocalDate startsOn) {}
