package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When tenant-service cannot reach Keycloak's admin API, the commune is retried, then fails with the reason, and
 * nothing half-made is left: no organization, no announcement to the other services. A retry starts again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"civiclimate.keycloak.url=http://127.0.0.1:9", "civiclimate.onboarding.max-attempts=2"})
@RealInfrastructure(keycloak = true)
class OnboardingWithoutKeycloakIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failsWithTheReasonLeavesNothingHalfMadeAndCanBeRetried() {
        String slug = "down-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = ApiClient.at("http://127.0.0.1:" + port)
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_ADMIN));

        assertThat(admin.post("/api/communes", TestCommunes.requestBody(slug, "Down"))
                        .status())
                .isEqualTo(202);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> "FAILED".equals(admin.get("/api/communes/" + slug).json("$.status")));
        var failed = admin.get("/api/communes/" + slug);
        assertThat((String) failed.json("$.failureReason")).contains("identity provider");
        assertThat(KeycloakAdmin.organization(slug)).isEmpty();
        assertThat(jdbc.sql("select count(*) from outbox_event where convert_from(envelope, 'UTF8') like ?")
                        .param("%" + slug + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        var retried = admin.post("/api/communes/" + slug + "/provisioning/retry", "");
        assertThat(retried.status()).isEqualTo(202);
        assertThat((String) retried.json("$.status")).isEqualTo("PROVISIONING");

        var stranger = ApiClient.at("http://127.0.0.1:" + port)
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN))
                .post("/api/communes/" + slug + "/provisioning/retry", "");
        assertThat(stranger.status()).isEqualTo(403);
    }
}
