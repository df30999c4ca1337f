package org.civiclimate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.RealmAdmin;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestTokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rate limits with a small budget, counted in PostgreSQL by two gateway replicas together. Distinct anonymous clients
 * are distinct loopback addresses (127.0.0.x), each test its own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civiclimate.gateway.rate-limit.per-user=4",
            "civiclimate.gateway.rate-limit.per-anonymous-client=3",
            "civiclimate.gateway.rate-limit.per-commune=20",
            "civiclimate.gateway.rate-limit.per-stranger-commune=5",
            "civiclimate.gateway.rate-limit.per-anonymous-commune=5",
            "civiclimate.gateway.rate-limit.trusted-proxies=127.0.0.7",
            "civiclimate.gateway.rate-limit.window=1h"
        })
@RealInfrastructure(kafka = false, keycloak = true)
class GatewayRateLimitIT {

    static final Downstream SERVICES = new Downstream("any-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.standInForEveryService(registry);
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    ConfigurableEnvironment environment;

    @Test
    void answersABurstPastTheUsersLimitWith429AndRetryAfterAcrossReplicas() {
        try (ConfigurableApplicationContext second = secondReplica()) {
            String token = TestKeycloak.tokens().of(PlatformRealm.DEMO_FACILITATOR);
            var first = ApiClient.at("http://127.0.0.1:" + port).withToken(token);
            var other = ApiClient.at(
                            "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port"))
                    .withToken(token);

            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add((i % 2 == 0 ? first : other).get("/api/me").status());
            }
            var refused = other.get("/api/me");

            // Four allowed in all, whichever replica answered: the counter is shared.
            assertThat(statuses).containsExactly(200, 200, 200, 200, 429, 429);
            assertThat(refused.problem()).isEqualTo("rate-limited");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        }
    }

    @Test
    void limitsAnonymousCallersOnPublicRoutesToo() {
        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(anonymous.get("/api/public/communes/uccle/plan").status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
    }

    @Test
    void keepsAnonymousTrafficOffTheBudgetOfTheCommunesMembers() throws Exception {
        // Eight addresses, each within its own budget (3), together past the commune's budget for members (20).
        List<Integer> anonymous = new ArrayList<>();
        for (int client = 10; client < 18; client++) {
            for (int i = 0; i < 3; i++) {
                anonymous.add(getFrom("127.0.0." + client, "/api/public/communes/flooded", null));
            }
        }
        String token = TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN);
        var member = ApiClient.at("http://127.0.0.1:" + port).withToken(token);

        // Five anonymous calls in all for the commune, whichever address they came from.
        assertThat(anonymous.stream().filter(status -> status == 200)).hasSize(5);
        assertThat(getFrom("127.0.0.20", "/api/public/communes/flooded", null)).isEqualTo(429);
        assertThat(member.get("/api/communes/flooded").status()).isEqualTo(200);
        assertThat(member.get("/api/public/communes/flooded").status()).isEqualTo(200);
    }

    @Test
    void keepsSignedInStrangersOffTheBudgetOfTheCommunesMembers() {
        String commune = "crowded-" + UUID.randomUUID().toString().substring(0, 8);
        var keycloak = RealmAdmin.platformRealm();
        var organization = keycloak.send(
                "POST",
                "/" + PlatformRealm.NAME + "/organizations",
                "{\"alias\": \"" + commune + "\", \"name\": \"" + commune + "\", \"enabled\": true}");
        assertThat(organization.statusCode()).as(organization.body()).isEqualTo(201);
        String location = organization.headers().firstValue("Location").orElseThrow();
        String memberToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_OTHER_ADMIN);
        var added = keycloak.send(
                "POST",
                "/" + PlatformRealm.NAME + "/organizations/" + location.substring(location.lastIndexOf('/') + 1)
                        + "/members",
                "\"" + TestTokens.subjectOf(memberToken) + "\"");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        var member = ApiClient.at("http://127.0.0.1:" + port)
                .withToken(TestKeycloak.tokens().withScope(PlatformRealm.DEMO_OTHER_ADMIN, "organization"));

        // Three fresh accounts, each within its own budget (4), together past the strangers' budget (5).
        List<Integer> strangers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "stranger-" + UUID.randomUUID() + "@example.org";
            String password = "stranger-" + UUID.randomUUID();
            keycloak.createUser(email, password);
            var stranger = ApiClient.at("http://127.0.0.1:" + port)
                    .withToken(TestKeycloak.tokens().of(email, password));
            for (int call = 0; call < 4; call++) {
                strangers.add(stranger.get("/api/communes/" + commune).status());
            }
        }

        assertThat(strangers.stream().filter(status -> status == 200)).hasSize(5);
        assertThat(strangers.stream().filter(status -> status == 429)).hasSize(7);
        assertThat(member.get("/api/communes/" + commune).status()).isEqualTo(200);
    }

    @Test
    void letsNoAnonymousClientPastItsOwnLimitSpendTheCommunesAnonymousBudget() throws Exception {
        List<Integer> hammering = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hammering.add(getFrom("127.0.0.40", "/api/public/communes/hammered", null));
        }

        // Its three allowed calls count for the commune (5 for anonymous callers); the seven refused ones do not.
        assertThat(hammering.stream().filter(status -> status == 200)).hasSize(3);
        assertThat(getFrom("127.0.0.41", "/api/public/communes/hammered", null)).isEqualTo(200);
    }

    @Test
    void givesNoFreshBudgetForAForwardedForFromAPeerThatIsNoTrustedProxy() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(getFrom("127.0.0.30", "/api/public/networks", "198.51.100." + i));
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
    }

    @Test
    void countsTheClientATrustedProxyForwardsFor() throws Exception {
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            first.add(getFrom("127.0.0.7", "/api/public/networks", "203.0.113.1"));
        }
        // A client behind the proxy writing its own header does not escape its budget either.
        int spoofing = getFrom("127.0.0.7", "/api/public/networks", "192.0.2.99, 203.0.113.1");
        int second = getFrom("127.0.0.7", "/api/public/networks", "203.0.113.2");

        assertThat(first).containsExactly(200, 200, 200, 429);
        assertThat(spoofing).isEqualTo(429);
        assertThat(second).isEqualTo(200);
    }

    /** An anonymous GET sent from the given loopback address, as a distinct client would. */
    private int getFrom(String address, String path, @Nullable String forwardedFor) throws Exception {
        try (var client = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(address))
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    /** The same gateway again, on another port, sharing the database (as a second pod would). */
    private ConfigurableApplicationContext secondReplica() {
        var arguments = new ArrayList<String>();
        for (String key : List.of(
                "spring.datasource.url",
                "spring.datasource.username",
                "spring.datasource.password",
                "spring.liquibase.user",
                "spring.liquibase.password",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "civiclimate.gateway.rate-limit.per-user",
                "civiclimate.gateway.rate-limit.per-anonymous-client",
                "civiclimate.gateway.rate-limit.per-commune",
                "civiclimate.gateway.rate-limit.per-stranger-commune",
                "civiclimate.gateway.rate-limit.per-anonymous-commune",
                "civiclimate.gateway.rate-limit.trusted-proxies",
                "civiclimate.gateway.rate-limit.window",
                "TENANT_SERVICE_URL",
                "ASSEMBLY_SERVICE_URL",
                "PLAN_SERVICE_URL")) {
            arguments.add("--" + key + "=" + environment.getRequiredProperty(key));
        }
        arguments.add("--server.port=0");
        // As command-line arguments, so they win over application.yaml as the test's own properties do.
        return new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.REACTIVE)
                .run(arguments.toArray(String[]::new));
    }
}
