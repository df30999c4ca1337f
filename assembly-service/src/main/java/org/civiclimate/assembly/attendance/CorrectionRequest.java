package org.civiclimate.assembly.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civiclimate.assembly.attendance.domain.AttendanceStatus;
import org.jspecify.annotations.Nullable;

/**
 * Corrects a member's recorded attendance: the new state, why, and the version it corrects, so that two facilitators
 * correcting at once cannot both win unseen.
 */
record CorrectionRequest(
        @NotNull AttendanceStatus status,
        @Nullable @Min(0) @Max(4) Integer halfDays,
        @NotBlank @Size(max = 500) String reason,
        @NotNull @Min(1) Integer correcting) {}
