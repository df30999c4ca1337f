package org.civiclimate.assembly.attendance.domain;

import org.jspecify.annotations.Nullable;

/** A member's attendance at one session: the status and the half-days it counts for. */
public record Attendance(AttendanceStatus status, int halfDays) {

    /** Why an attendance cannot be read as staff typed it. */
    public sealed interface Refusal {
        /** Half-days given where the status fixes them, or a partial count outside 1 to the session's half-days − 1. */
        record HalfDays(int min, int max) implements Refusal {}

        /** A partial attendance of a session of one half-day: nothing lies between present and absent. */
        record NoPartOfOneHalfDay() implements Refusal {}
    }

    /** The outcome of reading an attendance: one of the two is set. */
    public record Reading(
            @Nullable Attendance attendance, @Nullable Refusal refusal) {}

    /**
     * The attendance staff mean: present counts the whole session, excused and absent none, partial the half-days they
     * give (at least one, fewer than the whole). Half-days given with another status must agree with it.
     */
    public static Reading read(AttendanceStatus status, @Nullable Integer halfDays, int sessionHalfDays) {
        int fixed = switch (status) {
            case PRESENT -> sessionHalfDays;
            case EXCUSED, ABSENT -> 0;
            case PARTIAL -> -1;
        };
        if (fixed >= 0) {
            if (halfDays != null && halfDays != fixed) {
                return refused(new Refusal.HalfDays(fixed, fixed));
            }
            return new Reading(new Attendance(status, fixed), null);
        }
        if (sessionHalfDays < 2) {
            return refused(new Refusal.NoPartOfOneHalfDay());
        }
        if (halfDays == null || halfDays < 1 || halfDays >= sessionHalfDays) {
            return refused(new Refusal.HalfDays(1, sessionHalfDays - 1));
        }
        return new Reading(new Attendance(status, halfDays), null);
    }

    private static Reading refused(Refusal refusal) {
        return new Reading(null, refusal);
    }
}
