package org.civiclimate.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.tenant.commune.ServiceAcknowledgements;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * tenant-service on a random port with real PostgreSQL, Kafka, Keycloak and SMTP, called over HTTP with real tokens:
 * what its journey tests share (one application context for them all).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
public abstract class TenantServiceIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    @Autowired
    protected JdbcClient jdbc;

    /**
     * Waits until the service answers a signed-in call: its first one resolves Keycloak's configuration, which a
     * Keycloak still warming up on a busy machine may answer too late (a 500 that is not the test's subject).
     */
    @BeforeEach
    void serviceAnswersSignedInCalls() {
        var client = as(PlatformRealm.DEMO_ADMIN);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> client.get("/api/me").status() == 200);
    }

    protected ApiClient anonymous() {
        return ApiClient.at("http://127.0.0.1:" + port);
    }

    /** A client with a token of the demo user (or of any user, given their password). */
    protected ApiClient as(String demoUser) {
        return anonymous().withToken(TestKeycloak.tokens().of(demoUser));
    }

    /** A commune requested by {@code admin}, once both services acknowledged it and it is active. */
    protected UUID activeCommune(ApiClient admin, String slug) {
        return new ServiceAcknowledgements().activeCommune(admin, slug);
    }

    /**
     * {@code coordinator} invites {@code email} to coordinate the network, and {@code person}, signed in with that
     * address, accepts: a network's new coordinator, as the API makes one.
     */
    protected void appointCoordinator(ApiClient coordinator, String network, String email, ApiClient person) {
        var invited = coordinator.post("/api/networks/" + network + "/coordinators", "{\"email\": \"" + email + "\"}");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        var accepted = person.post("/api/me/invitations/" + coordinatorInvitation(person, network) + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    /** The id of the person's open invitation to coordinate the network. */
    protected String coordinatorInvitation(ApiClient person, String network) {
        List<String> ids = person.get("/api/me/invitations")
                .json("$[?(@.kind == 'COORDINATOR' && @.networkSlug == '" + network + "')].id");
        assertThat(ids).as("the open invitation to coordinate " + network).hasSize(1);
        return ids.getFirst();
    }
}
