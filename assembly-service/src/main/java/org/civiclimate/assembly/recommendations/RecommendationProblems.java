package org.civiclimate.assembly.recommendations;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The refusals of the recommendations feature, each a problem type the web app translates. */
final class RecommendationProblems {

    static final ProblemType NOT_A_DRAFT = new ProblemType(
            "recommendation-not-draft",
            "The recommendation is no longer a draft: it was put to a vote",
            HttpStatus.CONFLICT);
    static final ProblemType VERSION_CHANGED = new ProblemType(
            "recommendation-changed", "The recommendation's text changed meanwhile: reload it", HttpStatus.CONFLICT);
    static final ProblemType AMENDMENT_DECIDED =
            new ProblemType("amendment-decided", "The amendment was already decided", HttpStatus.CONFLICT);
    static final ProblemType VOTE_NOT_OPEN =
            new ProblemType("vote-not-open", "No vote is open on this recommendation", HttpStatus.CONFLICT);
    static final ProblemType ALREADY_VOTED =
            new ProblemType("already-voted", "You have voted on this recommendation already", HttpStatus.CONFLICT);
    static final ProblemType NOT_A_VOTER = new ProblemType(
            "not-a-voter", "Only members recorded present at the vote session vote", HttpStatus.FORBIDDEN);
    static final ProblemType SESSION_NOT_STARTED = new ProblemType(
            "session-not-started", "The session is cancelled or has not started yet", HttpStatus.CONFLICT);
    static final ProblemType NOT_ADOPTED =
            new ProblemType("recommendation-not-adopted", "The recommendation was not adopted", HttpStatus.CONFLICT);
    static final ProblemType ALREADY_ANSWERED = new ProblemType(
            "already-answered", "The commune has answered this recommendation already", HttpStatus.CONFLICT);
    static final ProblemType NOT_ANSWERED = new ProblemType(
            "not-answered", "The commune has not answered this recommendation, or rejected it", HttpStatus.CONFLICT);
    static final ProblemType NOT_SEATED = new ProblemType(
            "not-seated", "Only the assembly's members and the commune's staff do this", HttpStatus.FORBIDDEN);

    private RecommendationProblems() {}

    static ApiProblem recommendationNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such recommendation in this assembly");
    }

    static ApiProblem amendmentNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such amendment of this recommendation");
    }
}
