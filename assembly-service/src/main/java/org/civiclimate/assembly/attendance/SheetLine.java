package org.civiclimate.assembly.attendance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of the attendance sheet: a member seated on the session's day and their attendance, if recorded. */
record SheetLine(
        UUID mandateId,
        String userId,
        String name,
        int seat,
        @Nullable AttendanceVersion current) {}
