package org.civiclimate.assembly.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceTest {

    @Test
    void presentCountsTheWholeSessionAndExcusedOrAbsentNone() {
        assertThat(Attendance.read(AttendanceStatus.PRESENT, null, 2).attendance())
                .isEqualTo(new Attendance(AttendanceStatus.PRESENT, 2));
        assertThat(Attendance.read(AttendanceStatus.EXCUSED, null, 2)
                        .attendance()
                        .halfDays())
                .isZero();
        assertThat(Attendance.read(AttendanceStatus.ABSENT, 0, 2).attendance().halfDays())
                .isZero();
    }

    @Test
    void halfDaysThatContradictTheStatusAreRefused() {
        assertThat(Attendance.read(AttendanceStatus.PRESENT, 1, 2).refusal())
                .isEqualTo(new Attendance.Refusal.HalfDays(2, 2));
        assertThat(Attendance.read(AttendanceStatus.ABSENT, 1, 2).refusal())
                .isEqualTo(new Attendance.Refusal.HalfDays(0, 0));
    }

    @Test
    void aPartialAttendanceCountsAtLeastOneHalfDayAndLessThanTheWhole() {
        assertThat(Attendance.read(AttendanceStatus.PARTIAL, 2, 3).attendance())
                .isEqualTo(new Attendance(AttendanceStatus.PARTIAL, 2));
        assertThat(Attendance.read(AttendanceStatus.PARTIAL, 3, 3).refusal())
                .isEqualTo(new Attendance.Refusal.HalfDays(1, 2));
        assertThat(Attendance.read(AttendanceStatus.PARTIAL, null, 3).refusal())
                .isEqualTo(new Attendance.Refusal.HalfDays(1, 2));
        assertThat(Attendance.read(AttendanceStatus.PARTIAL, 0, 3).refusal())
                .isEqualTo(new Attendance.Refusal.HalfDays(1, 2));
    }

    @Test
    void aSessionOfOneHalfDayHasNoPartialAttendance() {
        assertThat(Attendance.read(AttendanceStatus.PARTIAL, 1, 1).refusal())
                .isEqualTo(new Attendance.Refusal.NoPartOfOneHalfDay());
    }
}
