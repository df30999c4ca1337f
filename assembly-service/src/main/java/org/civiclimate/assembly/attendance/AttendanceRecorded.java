package org.civiclimate.assembly.attendance;

import java.time.LocalDate;
import java.util.UUID;
import org.civiclimate.assembly.attendance.domain.AttendanceStatus;
import org.civiclimate.platform.events.CloudEventType;
import org.jspecify.annotations.Nullable;

/** One version of a member's attendance, emitted once: (sessionId, userId, version) names it for the ledger. */
@CloudEventType("attendance.recorded")
record AttendanceRecorded(
        UUID communeId,
        UUID assemblyId,
        UUID sessionId,
        LocalDate sessionDate,
        String userId,
        UUID mandateId,
        int version,
        AttendanceStatus status,
        int halfDays,
        int sessionHalfDays,
        @Nullable AttendanceStatus previousStatus,
        @Nullable Integer previousHalfDays) {}
