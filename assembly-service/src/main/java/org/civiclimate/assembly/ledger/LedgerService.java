package org.civiclimate.assembly.ledger;

import java.util.List;
import org.civiclimate.assembly.ledger.domain.AllowanceRule;
import org.civiclimate.assembly.ledger.domain.DefaultAllowanceRules;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of the ledger. */
@Service
public class LedgerService {

    private final AllowanceRuleRepository rules;
    private final EventOutbox outbox;

    LedgerService(AllowanceRuleRepository rules, EventOutbox outbox) {
        this.rules = rules;
        this.outbox = outbox;
    }

    /**
     * Gives a new commune its country's default rules (once: a commune provisioned again keeps what it has) and
     * acknowledges it to tenant-service.
     */
    @Transactional
    public void setUpCommune(CommuneId commune, String country) {
        if (!rules.anyFor(commune)) {
            DefaultAllowanceRules.forCountry(country).forEach(rule -> rules.insert(commune, rule));
        }
        outbox.publish(commune, new AssemblyCommuneReady(commune.value()));
    }

    @Transactional(readOnly = true)
    public List<AllowanceRule> allowanceRules() {
        return rules.all();
    }
}
