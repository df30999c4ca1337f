package org.civiclimate.tenant.commune;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays assembly-service and plan-service in tenant-service's own tests: publishes their acknowledgements through
 * the real outbox and broker, exactly as they do.
 */
public final class ServiceAcknowledgements {

    @CloudEventType("assembly.commune-ready")
    record AssemblyReady(UUID communeId) {}

    @CloudEventType("plan.commune-ready")
    record PlanReady(UUID communeId) {}

    private final EventOutbox outbox;
    private final TransactionTemplate transactions;

    public ServiceAcknowledgements(EventOutbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** Requests a commune as {@code admin} and waits until it is active, both services having acknowledged it. */
    public UUID activeCommune(ApiClient admin, String slug) {
        var requested = admin.post("/api/communes", TestCommunes.requestBody(slug, "Commune " + slug));
        if (requested.status() != 202) {
            throw new IllegalStateException("Commune not accepted: " + requested);
        }
        UUID id = UUID.fromString(requested.json("$.id"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/communes/" + slug).<Boolean>json("$.provisioning.organization"));
        assemblyReady(id);
        planReady(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(admin.get("/api/communes/" + slug).json("$.status")));
        return id;
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
