package org.civiclimate.plan.strategy;

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

    @GetMapping("/api/communes/{slug}/plan/summary")
    PlanSummary summary(@PathVariable String slug) {
        return strategy.summary();
    }
}
