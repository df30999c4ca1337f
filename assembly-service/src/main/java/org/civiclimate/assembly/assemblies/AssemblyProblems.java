package org.civiclimate.assembly.assemblies;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The refusals of the assemblies feature, each a problem type the web app translates. */
final class AssemblyProblems {

    static final ProblemType SEAT_TAKEN =
            new ProblemType("seat-taken", "The seat is held by another member", HttpStatus.CONFLICT);
    static final ProblemType ALREADY_SEATED =
            new ProblemType("already-seated", "The person already holds a seat in this assembly", HttpStatus.CONFLICT);
    static final ProblemType MANDATE_ENDED =
            new ProblemType("mandate-ended", "The mandate has already ended", HttpStatus.CONFLICT);

    private AssemblyProblems() {}

    static ApiProblem assemblyNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such assembly in this commune");
    }

    static ApiProblem mandateNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such mandate in this assembly");
    }
}
