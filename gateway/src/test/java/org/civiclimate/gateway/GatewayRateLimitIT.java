package org.civiclimate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
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

/** Rate limits with a small budget, counted in PostgreSQL by two gateway replicas together. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civiclimate.gateway.rate-limit.per-user=4",
            "civiclimate.gateway.rate-limit.per-anonymous-client=3",
            "civiclimate.gateway.rate-limit.per-commune=1000",
            "civiclimate.gateway.rate-limit.window=1h"
        })
@RealInfrastructure(kafka = false, keycloak = true)
class GatewayRateLimitIT {

    static final Downstream SERVICES = new Downstream("any-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("TENANT_SERVICE_URL", SERVICES::url);
        registry.add("ASSEMBLY_SERVICE_URL", SERVICES::url);
        registry.add("PLAN_SERVICE_URL", SERVICES::url);
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
