package org.civiclimate.assembly.seating;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.http.HttpStatus;

/** The refusals of seating, each a problem type the web app translates. */
final class SeatingProblems {

    static final ProblemType SEATING_STARTED =
            new ProblemType("seating-started", "The draw's seats were already offered", HttpStatus.CONFLICT);
    static final ProblemType NOT_ENOUGH_SEATS = new ProblemType(
            "not-enough-seats", "The assembly has fewer vacant seats than the drawn panel", HttpStatus.CONFLICT);
    static final ProblemType OFFER_ANSWERED = new ProblemType(
            "offer-answered", "The offer was already answered, or its deadline passed", HttpStatus.CONFLICT);
    static final ProblemType OFFER_FOR_ANOTHER_ADDRESS = new ProblemType(
            "offer-for-another-address",
            "The offer went to another address: sign in with the one it was sent to",
            HttpStatus.FORBIDDEN);

    static final ProblemType OFFER_KEY_INVALID = new ProblemType(
            "offer-key-invalid",
            "Open the link of the email the offer came with, or sign in with the address it went to",
            HttpStatus.FORBIDDEN);

    private SeatingProblems() {}

    static final ProblemType MEMBER_NOT_WITHDRAWN = new ProblemType(
            "member-not-withdrawn", "Only a member seated by this draw who withdrew is replaced", HttpStatus.CONFLICT);

    static ApiProblem offerNotFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such seat offer");
    }

    static ApiProblem notStarted() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "The draw's seats have not been offered yet");
    }
}
