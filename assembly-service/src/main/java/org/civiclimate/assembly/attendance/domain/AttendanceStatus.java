package org.civiclimate.assembly.attendance.domain;

/** How a member attended a session: the whole of it, excused, absent, or part of it (arrived late, left early). */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT,
    PARTIAL
}
