/**
 * Attendance at an assembly's sessions, {@code .../sessions/{session}/attendance}: recorded once per member and
 * session by the facilitators, changed only by a correction that keeps the history; every version announced once as
 * {@code attendance.recorded}, which the ledger pays on. Guarded by {@code AttendanceIT} and the domain's unit tests.
 */
@NullMarked
package org.civiclimate.assembly.attendance;

import org.jspecify.annotations.NullMarked;
