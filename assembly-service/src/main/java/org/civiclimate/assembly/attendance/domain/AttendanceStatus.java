package org.civiclimate.assembly.attendance.domain;

/** How a member attended a session: the whole of it, excused, absent, or part of it (arrived late, left early). */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT,
    PARTIAL;

    /** Whether the member was there, whole or in part: who takes part in a vote held at the session. */
    public boolean isThere() {
        return this == PRESENT || this == PARTIAL;
    }
}
