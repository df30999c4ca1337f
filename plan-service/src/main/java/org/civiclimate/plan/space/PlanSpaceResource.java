package org.civiclimate.plan.space;

import io.swagger.v3.oas.annotations.Operation;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communes/{slug}/plan}. The tenancy filter has bound the commune, or answered 404. */
@RestController
class PlanSpaceResource {

    private final PlanSpaceService spaces;

    PlanSpaceResource(PlanSpaceService spaces) {
        this.spaces = spaces;
    }

    @Operation(operationId = "getPlanSpace", summary = "Get the plan space of a commune")
    @GetMapping("/api/communes/{slug}/plan")
    PlanSpace space(@PathVariable String slug) {
        return spaces.of(CommuneContext.require());
    }
}
