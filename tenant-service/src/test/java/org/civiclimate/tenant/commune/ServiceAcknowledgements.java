package org.civiclimate.tenant.commune;

import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays assembly-service and plan-service in tenant-service's own tests: publishes their acknowledgements through
 * the real outbox and broker, exactly as they do.
 */
final class ServiceAcknowledgements {

    @CloudEventType("assembly.commune-ready")
    record AssemblyReady(UUID communeId) {}

    @CloudEventType("plan.commune-ready")
    record PlanReady(UUID communeId) {}

    private final EventOutbox outbox;
    private final TransactionTemplate transactions;

    ServiceAcknowledgements(EventOutbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    void assemblyReady(UUID commune) {
        publish(commune, new AssemblyReady(commune));
    }

    void planReady(UUID commune) {
        publish(commune, new PlanReady(commune));
    }

    private void publish(UUID commune, Object event) {
        var id = new CommuneId(commune);
        CommuneContext.runAs(id, () -> transactions.executeWithoutResult(_ -> outbox.publish(id, event)));
    }
}
