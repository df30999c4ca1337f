package org.civiclimate.tenant.commune;

import java.util.List;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Another commune already has this slug. */
class SlugTaken extends ApiProblem {

    static final ProblemType TYPE = new ProblemType("slug-taken", "This slug is taken", HttpStatus.CONFLICT);

    SlugTaken(String slug) {
        super(
                TYPE,
                "Another commune already uses the slug '" + slug + "'",
                List.of(new FieldProblem("slug", FieldCode.TAKEN, "is already used by another commune")));
    }
}
