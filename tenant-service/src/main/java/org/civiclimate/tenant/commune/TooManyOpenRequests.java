package org.civiclimate.tenant.commune;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** The requester already has as many communes awaiting approval or being set up as one person may. */
class TooManyOpenRequests extends ApiProblem {

    static final ProblemType TYPE = new ProblemType(
            "too-many-open-requests", "You have too many commune requests under way", HttpStatus.TOO_MANY_REQUESTS);

    TooManyOpenRequests(int limit) {
        super(
                TYPE,
                "You already have " + limit + " commune requests awaiting approval or being set up, as many as one"
                        + " person may (civiclimate.onboarding.max-open-requests): wait until one of them is decided");
    }
}
