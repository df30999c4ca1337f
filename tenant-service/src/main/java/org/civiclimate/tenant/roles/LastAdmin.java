package org.civiclimate.tenant.roles;

import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Refused: the commune would be left without an administrator. */
public class LastAdmin extends ApiProblem {

    static final ProblemType TYPE =
            new ProblemType("last-admin", "A commune keeps at least one administrator", HttpStatus.CONFLICT);

    public LastAdmin(String detail) {
        super(TYPE, detail);
    }
}
