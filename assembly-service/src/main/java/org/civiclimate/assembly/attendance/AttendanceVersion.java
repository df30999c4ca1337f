package org.civiclimate.assembly.attendance;

import java.time.OffsetDateTime;
import org.civiclimate.assembly.attendance.domain.AttendanceStatus;
import org.jspecify.annotations.Nullable;

/** One version of a member's attendance: the record (version 1) or a correction, with who made it, when and why. */
record AttendanceVersion(
        int version,
        AttendanceStatus status,
        int halfDays,
        @Nullable String reason,
        String recordedBy,
        OffsetDateTime recordedAt) {}
