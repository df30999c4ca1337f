package org.civiclimate.assembly.sessions;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The refusals of the sessions feature, each a problem type the web app translates. */
final class SessionProblems {

    static final ProblemType SESSION_CANCELLED =
            new ProblemType("session-cancelled", "The session is cancelled", HttpStatus.CONFLICT);
    static final ProblemType SESSION_PAST =
            new ProblemType("session-past", "The session has already taken place", HttpStatus.CONFLICT);
    static final ProblemType NOBODY_SEATED =
            new ProblemType("nobody-seated", "Nobody holds a seat on the session's day", HttpStatus.CONFLICT);

    private SessionProblems() {}

    static ApiProblem sessionNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such session in this assembly");
    }

    static ApiProblem notConvened() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "You are not convened to this session");
    }
}
