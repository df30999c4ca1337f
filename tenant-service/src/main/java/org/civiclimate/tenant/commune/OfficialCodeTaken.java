package org.civiclimate.tenant.commune;

import java.util.List;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Another commune of the country already has this official code: a commune signs up once. */
class OfficialCodeTaken extends ApiProblem {

    static final ProblemType TYPE =
            new ProblemType("official-code-taken", "This commune is already on the platform", HttpStatus.CONFLICT);

    OfficialCodeTaken(String country, String code) {
        super(
                TYPE,
                "A commune of " + country + " with the official code " + code + " is already on the platform",
                List.of(new FieldProblem(
                        "officialCode", FieldCode.TAKEN, "is already used by a commune on the platform")));
    }
}
