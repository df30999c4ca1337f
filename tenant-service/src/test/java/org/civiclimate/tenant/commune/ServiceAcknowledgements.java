package org.civiclimate.tenant.commune;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;

/**
 * Plays assembly-service and plan-service in tenant-service's own tests: sends their acknowledgements to the real
 * broker as their outbox relays do ({@link OtherServices}).
 */
public final class ServiceAcknowledgements {

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
        send(commune, "assembly.commune-ready");
    }

    void planReady(UUID commune) {
        send(commune, "plan.commune-ready");
    }

    /** A new acknowledgement each time (its own event id), as a service answering an announcement again sends. */
    private static void send(UUID commune, String type) {
        OtherServices.announce(new CommuneId(commune), type, Map.of("communeId", commune));
    }
}
