package org.civiclimate.plan.strategy;

import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the plan's strategy. */
@Service
public class StrategyService {

    private final PlanRepository plans;
    private final EventOutbox outbox;

    StrategyService(PlanRepository plans, EventOutbox outbox) {
        this.plans = plans;
        this.outbox = outbox;
    }

    /** Gives a new commune its empty plan (once) and acknowledges it to tenant-service. */
    @Transactional
    public void setUpCommune(CommuneId commune) {
        plans.createIfAbsent(commune);
        outbox.publish(commune, new PlanCommuneReady(commune.value()));
    }

    @Transactional(readOnly = true)
    public PlanSummary summary() {
        return plans.summary()
                .orElseThrow(() -> new ApiProblem(ProblemTypes.NOT_FOUND, "This commune's plan is being set up"));
    }
}
