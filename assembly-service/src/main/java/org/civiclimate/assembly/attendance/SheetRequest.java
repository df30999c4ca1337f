package org.civiclimate.assembly.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civiclimate.assembly.attendance.domain.AttendanceStatus;
import org.jspecify.annotations.Nullable;

/** A session's attendance sheet, whole or in part: one entry per member. */
record SheetRequest(@NotEmpty @Size(max = 500) List<@NotNull @Valid Entry> entries) {

    /** One member's attendance; {@code halfDays} only for a partial one (the other statuses fix it). */
    record Entry(
            @NotBlank @Size(max = 64) String userId,
            @NotNull AttendanceStatus status,
            @Nullable @Min(0) @Max(4) Integer halfDays) {}
}
