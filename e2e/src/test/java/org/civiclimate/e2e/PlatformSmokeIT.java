package org.civiclimate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The whole platform, started the way devstack starts it, answers every service with a real token from the real
 * Keycloak, directly and through the gateway, and refuses callers without one.
 */
@Order(1)
class PlatformSmokeIT {

    private static RunningPlatform platform;
    private static String token;

    @BeforeAll
    static void platformIsRunning() {
        platform = RunningPlatform.get();
        token = platform.tokens().of(PlatformRealm.DEMO_ADMIN);
    }

    @Test
    void aCommuneCreatedThroughTheGatewayReachesEveryService() {
        String slug = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        var created = platform.gateway()
                .withToken(token)
                .post("/api/communes", TestCommunes.requestBody(slug, "Commune " + slug));
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        String id = created.json("$.id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "ACTIVE"
                        .equals(platform.gateway()
                                .withToken(token)
                                .get("/api/communes/" + slug)
                                .json("$.status")));
        assertThat((Integer) platform.service("assembly-service")
                        .withToken(token)
                        .get("/api/communes/" + slug + "/assembly/allowance-rules")
                        .json("$[0].amountCents"))
                .isEqualTo(4231);
        assertThat((String) platform.gateway()
                        .withToken(token)
                        .get("/api/communes/" + slug + "/plan/summary")
                        .json("$.factorSet"))
                .isEqualTo("ipcc-2006");

        for (String path : new String[] {"/api/communes/%s/assembly", "/api/communes/%s/plan"}) {
            String url = path.formatted(slug);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> platform.gateway().withToken(token).get(url).status() == 200);
            assertThat((String) platform.gateway().withToken(token).get(url).json("$.communeId"))
                    .isEqualTo(id);
        }
        assertThat(platform.service("tenant-service")
                        .withToken(token)
                        .get("/api/communes/" + slug)
                        .status())
                .isEqualTo(200);
        var me = platform.gateway().withToken(token).get("/api/me");
        assertThat((java.util.List<String>) me.json("$.communes[?(@.slug == '" + slug + "')].roles[0]"))
                .as("the creator is the commune's admin")
                .containsExactly("ADMIN");
        assertThat(platform.service("assembly-service")
                        .withToken(token)
                        .get("/api/communes/" + slug + "/assembly")
                        .status())
                .isEqualTo(200);
        assertThat(platform.service("plan-service")
                        .withToken(token)
                        .get("/api/communes/" + slug + "/plan")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCitizenWhoJoinsIsLetIntoEveryServiceAndAnOutsiderIsNot() {
        String slug = "e2e-join-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = platform.gateway().withToken(token);
        admin.post("/api/communes", TestCommunes.requestBody(slug, "Join " + slug));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "ACTIVE".equals(admin.get("/api/communes/" + slug).json("$.status")));
        var citizen = platform.gateway().withToken(platform.tokens().of(PlatformRealm.DEMO_CITIZEN));
        var outsider = platform.gateway().withToken(platform.tokens().of(PlatformRealm.DEMO_OTHER_ADMIN));
        String assembly = "/api/communes/" + slug + "/assembly";
        assertThat(citizen.get(assembly).problem()).isEqualTo("not-a-member");

        String code = admin.get("/api/communes/" + slug + "/joining").json("$.invitationCode");
        long joinedAt = System.nanoTime();
        assertThat(citizen.post("/api/communes/" + slug + "/membership", "{\"code\": \"" + code + "\"}")
                        .status())
                .isEqualTo(200);

        // membership.changed reaches both services, which authorise from their replica.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> citizen.get(assembly).status() == 200
                        && citizen.get("/api/communes/" + slug + "/plan").status() == 200);
        System.out.printf(
                "Membership replicated to both services in %d ms%n", (System.nanoTime() - joinedAt) / 1_000_000);
        assertThat(outsider.get(assembly).status()).isEqualTo(403);
        assertThat(citizen.get("/api/me/invitations").status())
                .as("/api/me/** through the gateway")
                .isEqualTo(200);
        assertThat(citizen.get("/api/me/data").header("Content-Disposition")).contains("civiclimate-my-data.json");
        assertThat(outsider.get("/api/communes/" + slug + "/plan/summary").status())
                .isEqualTo(403);
    }

    @Test
    void everyServiceAnswersTheCallerWithARealToken() {
        var me = platform.gateway().withToken(token).get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.json("$.email")).isEqualTo(PlatformRealm.DEMO_ADMIN);
        assertThat(platform.service("assembly-service")
                        .withToken(token)
                        .get("/api/communes/uccle/assembly")
                        .status())
                .isEqualTo(200);
        assertThat(platform.service("plan-service")
                        .withToken(token)
                        .get("/api/communes/uccle/plan")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void everyEntryPointRefusesACallerWithoutATokenWithAProblem() {
        var protectedPaths = java.util.Map.of(
                "gateway", "/api/communes/uccle/assembly",
                "tenant-service", "/api/me",
                "assembly-service", "/api/communes/uccle/assembly",
                "plan-service", "/api/communes/uccle/plan");
        protectedPaths.forEach((application, path) -> {
            var refused = ApiClient.at(platform.url(application + ".url")).get(path);
            assertThat(refused.status()).as(application + " " + refused).isEqualTo(401);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.problem()).isEqualTo("unauthenticated");
        });
    }

    @Test
    void theRequestIdOfACallIsEchoedAndCarriedThrough() {
        var response = platform.gateway().withToken(token).send("GET", "/api/communes/uccle/assembly", null, "");

        assertThat(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void everyApplicationIsLiveReadyAndMeasuredOnItsManagementPort() {
        for (String name : new String[] {"gateway", "tenant-service", "assembly-service", "plan-service"}) {
            var management = ApiClient.at(platform.url(name + ".management-url"));
            assertThat(management.get("/actuator/health/liveness").status())
                    .as(name)
                    .isEqualTo(200);
            assertThat(management.get("/actuator/health/readiness").status())
                    .as(name)
                    .isEqualTo(200);
            assertThat(management.get("/actuator/prometheus").body()).as(name).contains("jvm_memory_used_bytes");
            assertThat(ApiClient.at(platform.url(name + ".url"))
                            .get("/actuator/prometheus")
                            .status())
                    .as(name)
                    .isEqualTo(404);
        }
        // Behind the gateway's public port, liveness and readiness only.
        assertThat(platform.gateway().get("/actuator/health/readiness").status())
                .isEqualTo(200);
    }
}
