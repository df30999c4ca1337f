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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a platform that asks for approval, a requested commune waits for an operator before anything is made. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "civiclimate.onboarding.require-approval=true")
@RealInfrastructure(keycloak = true)
class OnboardingWithApprovalIT {

    @LocalServerPort
    int port;

    @Test
    void waitsForAnOperatorsApprovalBeforeProvisioning() {
        String slug = "approve-" + UUID.randomUUID().toString().substring(0, 8);
        var api = ApiClient.at("http://127.0.0.1:" + port);
        var admin = api.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_ADMIN));
        var operator = api.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR));

        var requested = admin.post("/api/communes", TestCommunes.requestBody(slug, "Approve me"));
        assertThat((String) requested.json("$.status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(admin.post("/api/communes/" + slug + "/approval", "").status())
                .isEqualTo(403);
        assertThat(KeycloakAdmin.organization(slug)).isEmpty();

        var approved = operator.post("/api/communes/" + slug + "/approval", "");
        assertThat(approved.status()).isEqualTo(200);
        assertThat((String) approved.json("$.status")).isEqualTo("PROVISIONING");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> KeycloakAdmin.organization(slug).isPresent());

        var again = operator.post("/api/communes/" + slug + "/approval", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("invalid-commune-status");
    }
}
