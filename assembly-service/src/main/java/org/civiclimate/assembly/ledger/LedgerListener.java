package org.civiclimate.assembly.ledger;

import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Component;

/** Sets a new commune up when tenant-service announces it. */
@Component
class LedgerListener {

    private final LedgerService ledger;

    LedgerListener(LedgerService ledger) {
        this.ledger = ledger;
    }

    @OnCloudEvent("commune.provisioned")
    void on(CommuneProvisioned event) {
        ledger.setUpCommune(new CommuneId(event.communeId()), event.country());
    }
}
