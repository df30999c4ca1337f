package org.civiclimate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.ForgedTokens;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway's token check (the security library's reactive configuration, which the services do not use) refuses
 * forged and foreign tokens made from the real Keycloak's before routing them. The services' servlet configuration is
 * proved with the same tokens by the security library's {@code TokenValidationIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(kafka = false, keycloak = true)
class GatewayTokenValidationIT {

    static final Downstream SERVICES = new Downstream("tenant-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.standInForEveryService(registry);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @LocalServerPort
    int port;

    private final ForgedTokens forged = TestKeycloak.forgedTokens();

    @Test
    void refusesUnsignedHmacForeignAndUnexpiringTokensBeforeRouting() {
        String genuine = TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN);
        var refusals = new ArrayList<String>();
        refusals.add(ForgedTokens.unsigned(genuine));
        refusals.addAll(forged.signedWithThePublicKeyAsHmacSecret(genuine));
        refusals.add(forged.fromAnotherRealm());
        refusals.add(forged.withoutExpiry(genuine));
        int before = SERVICES.received.size();

        List<ApiClient.Response> responses =
                refusals.stream().map(token -> api(token).get("/api/me")).toList();

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.problem()).isEqualTo("unauthenticated");
        });
        assertThat(SERVICES.received).hasSize(before);
    }

    @Test
    void routesATokenResignedWithAKeyTheRealmPublishes() {
        // The control for the token without exp: the same claims with the same key pass, so only exp refused it.
        String resigned = forged.resigned(TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN));

        var response = api(resigned).get("/api/me");

        assertThat(response.status()).isEqualTo(200);
        assertThat(SERVICES.received.getLast().authorization()).isEqualTo("Bearer " + resigned);
    }

    private ApiClient api(String token) {
        return ApiClient.at("http://127.0.0.1:" + port).withToken(token);
    }
}
