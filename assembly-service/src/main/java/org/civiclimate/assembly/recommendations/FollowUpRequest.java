package org.civiclimate.assembly.recommendations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civiclimate.assembly.recommendations.domain.FollowUpStatus;
import org.civiclimate.platform.web.TextRules;

/** Where the commune's work on an answered recommendation stands, on a day no later than today. */
record FollowUpRequest(
        @NotNull FollowUpStatus status,
        @NotNull @Min(0) @Max(100) Integer progress,
        @NotBlank @Size(max = 2000) String note,
        @NotNull LocalDate on,

        @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        String department) {}
