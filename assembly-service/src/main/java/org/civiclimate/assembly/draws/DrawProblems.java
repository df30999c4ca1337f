package org.civiclimate.assembly.draws;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The refusals of the draws feature, each a problem type the web app translates. */
final class DrawProblems {

    static final ProblemType QUOTAS_INFEASIBLE = new ProblemType(
            "quotas-infeasible", "No panel from this pool keeps these quotas", HttpStatus.UNPROCESSABLE_ENTITY);
    static final ProblemType DRAW_NOT_EDITABLE = new ProblemType(
            "draw-not-editable",
            "The draw is running or done: its settings, quotas and pool stay as they are",
            HttpStatus.CONFLICT);
    static final ProblemType DRAW_NOT_RUNNING =
            new ProblemType("draw-not-running", "The draw is not waiting for or in a run", HttpStatus.CONFLICT);

    static final ProblemType SIGN_UP_CLOSED =
            new ProblemType("sign-up-closed", "The sign-up for this draw is closed", HttpStatus.CONFLICT);
    static final ProblemType POOL_HAS_SIGN_UPS = new ProblemType(
            "pool-has-sign-ups",
            "Volunteers signed up for this draw: its pool, features and values stay as they are",
            HttpStatus.CONFLICT);

    static final ProblemType LETTERS_DRAWN = new ProblemType(
            "letters-drawn",
            "The draw's letters were drawn from its register: the register and its lottery stay as they are",
            HttpStatus.CONFLICT);
    static final ProblemType REGISTER_DELETED = new ProblemType(
            "register-deleted",
            "The register's names and addresses were deleted: only its hash and counts stay",
            HttpStatus.GONE);

    static final ProblemType REGISTER_HELD = new ProblemType(
            "register-held",
            "The register's names and addresses are still held: delete them before the draw runs",
            HttpStatus.CONFLICT);

    private DrawProblems() {}

    static ApiProblem drawNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such draw in this assembly");
    }

    static ApiProblem notCompleted() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "The draw has no result: it has not completed");
    }
}
