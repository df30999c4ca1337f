package org.civiclimate.plan.strategy;

import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Component;

/** Sets a new commune's plan up when tenant-service announces the commune. */
@Component
class StrategyListener {

    private final StrategyService strategy;

    StrategyListener(StrategyService strategy) {
        this.strategy = strategy;
    }

    @OnCloudEvent("commune.provisioned")
    void on(CommuneProvisioned event) {
        strategy.setUpCommune(new CommuneId(event.communeId()));
    }
}
