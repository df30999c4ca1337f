package org.civiclimate.tenant.commune;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.civiclimate.tenant.commune.domain.CommuneStatus;
import org.springframework.http.HttpStatus;

/** The commune is not in a state that allows this. */
class InvalidCommuneStatus extends ApiProblem {

    static final ProblemType TYPE = new ProblemType(
            "invalid-commune-status", "Not possible in the commune's current status", HttpStatus.CONFLICT);

    InvalidCommuneStatus(CommuneStatus current, CommuneStatus wanted) {
        super(TYPE, "A commune that is " + current + " cannot become " + wanted);
    }
}
