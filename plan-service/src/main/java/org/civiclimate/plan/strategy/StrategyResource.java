package org.civiclimate.plan.strategy;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/communes/{slug}/plan/summary}: where the commune's plan stands and the factors it counts with. */
@RestController
class StrategyResource {

    private final StrategyService strategy;

    StrategyResource(StrategyService strategy) {
        this.strategy = strategy;
    }

    @Operation(operationId = "getPlanSummary", summary = "Get the summary of a commune's plan")
    @GetMapping("/api/communes/{slug}/plan/summary")
    PlanSummary summary(@PathVariable String slug) {
        return strategy.summary();
    }
}
