package org.civiclimate.assembly.attendance;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The refusals of the attendance feature, each a problem type the web app translates. */
final class AttendanceProblems {

    static final ProblemType ALREADY_RECORDED = new ProblemType(
            "attendance-already-recorded",
            "Attendance is already recorded otherwise: correct it, with a reason",
            HttpStatus.CONFLICT);
    static final ProblemType STALE_CORRECTION = new ProblemType(
            "attendance-changed", "The attendance was corrected meanwhile: reload it", HttpStatus.CONFLICT);
    static final ProblemType SESSION_NOT_HELD =
            new ProblemType("session-not-held", "The session is cancelled or has not started yet", HttpStatus.CONFLICT);

    private AttendanceProblems() {}

    static ApiProblem notRecorded() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No attendance is recorded for this member at this session");
    }
}
