package org.civiclimate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The gateway with real tokens from the real Keycloak and its real database, in front of stand-in services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(kafka = false, keycloak = true)
class GatewayIT {

    static final Downstream TENANT = new Downstream("tenant-service");
    static final Downstream ASSEMBLY = new Downstream("assembly-service");
    static final Downstream PLAN = new Downstream("plan-service");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("TENANT_SERVICE_URL", TENANT::url);
        registry.add("ASSEMBLY_SERVICE_URL", ASSEMBLY::url);
        registry.add("PLAN_SERVICE_URL", PLAN::url);
    }

    @AfterAll
    static void stopServices() {
        TENANT.close();
        ASSEMBLY.close();
        PLAN.close();
    }

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private ApiClient anonymous;
    private ApiClient citizen;
    private String token;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
        token = TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN);
        citizen = anonymous.withToken(token);
    }

    @Test
    void routesEachPathToItsServiceWithTheTokenAndARequestId() {
        assertThat(citizen.get("/api/communes/uccle/assembly/sessions").body()).contains("assembly-service");
        assertThat(citizen.get("/api/communes/uccle/plan").body()).contains("plan-service");
        assertThat(citizen.get("/api/communes/uccle").body()).contains("tenant-service");
        assertThat(citizen.get("/api/me").body()).contains("tenant-service");

        var reached = ASSEMBLY.received.getLast();
        assertThat(reached.path()).isEqualTo("/api/communes/uccle/assembly/sessions");
        assertThat(reached.authorization()).isEqualTo("Bearer " + token);
        assertThat(reached.requestId()).isNotBlank().isNotEqualTo("null");
    }

    @Test
    void passesTheCallersRequestIdOnAndEchoesIt() {
        var response = citizen.send("GET", "/api/me", null, "");

        assertThat(response.header("X-Request-Id"))
                .isEqualTo(TENANT.received.getLast().requestId());
    }

    @Test
    void letsAnonymousCallersReachPublicRoutes() {
        var open = anonymous.get("/api/public/communes/uccle/assembly/recommendations");

        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).contains("assembly-service");
    }

    @Test
    void refusesApiCallsWithoutAValidTokenBeforeRouting() {
        int before = TENANT.received.size();
        var refused = anonymous.get("/api/me");
        var forged = anonymous.withToken(TestTokensTampered.of(token)).get("/api/me");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problem()).isEqualTo("unauthenticated");
        assertThat((String) refused.json("$.requestId")).isEqualTo(refused.header("X-Request-Id"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(TENANT.received).hasSize(before);
    }

    @Test
    void refusesAnOversizedBodyWithAProblem() {
        int before = TENANT.received.size();
        var refused = citizen.post("/api/communes", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.problem()).isEqualTo("payload-too-large");
        assertThat(TENANT.received).hasSize(before);
    }

    @Test
    void refusesAStreamedBodyPastTheLimitWithAProblemAndTheServiceNeverGetsItAll() throws Exception {
        int before = TENANT.received.size();

        var refused = postStreamed("/api/communes", 5 * MB);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("payload-too-large");
        assertThat(TENANT.received).hasSize(before);
    }

    @Test
    void passesAStreamedBodyWithinTheLimitOnWhole() throws Exception {
        var passed = postStreamed("/api/communes", MB / 2);

        assertThat(passed.statusCode()).isEqualTo(200);
        assertThat(TENANT.received.getLast().path()).isEqualTo("/api/communes");
        assertThat(TENANT.received.getLast().bodyBytes()).isEqualTo(MB / 2);
    }

    @Test
    void answersLivenessAndReadinessWithoutDetailsAndNothingElseOfTheActuator() {
        int reachedServices = TENANT.received.size() + ASSEMBLY.received.size() + PLAN.received.size();
        var liveness = anonymous.get("/actuator/health/liveness");
        var readiness = anonymous.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
        for (String hidden : List.of(
                "/actuator",
                "/actuator/health",
                "/actuator/health/db",
                "/actuator/prometheus",
                "/actuator/metrics",
                "/actuator/info",
                "/actuator/env",
                "/actuator/gateway/routes")) {
            assertThat(anonymous.get(hidden).status()).as(hidden).isEqualTo(404);
            assertThat(citizen.get(hidden).status()).as(hidden).isEqualTo(404);
        }
        assertThat(TENANT.received.size() + ASSEMBLY.received.size() + PLAN.received.size())
                .isEqualTo(reachedServices);
    }

    @Test
    void isMeasuredOnItsManagementPortOnly() {
        var management = ApiClient.at("http://127.0.0.1:" + managementPort);

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(management.get("/actuator/prometheus").body()).contains("spring_cloud_gateway");
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void answersTheWebAppsCorsPreflightAndNoOtherOrigins() throws Exception {
        var allowed = preflight("http://localhost:5173");
        var other = preflight("https://evil.example");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
        assertThat(allowed.headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElse("")
                        .toLowerCase())
                .contains("authorization");
        assertThat(other.statusCode()).isEqualTo(403);
    }

    @Test
    void sendsSecurityHeaders() {
        var page = anonymous.get("/");

        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'self'")
                .contains(TestKeycloak.baseUrl());
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void servesTheWebAppForEveryPageAndItsConfiguration() {
        var home = anonymous.get("/");
        var deepLink = anonymous.get("/communes/new");
        var config = anonymous.get("/app-config.json");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<div id=\"root\">");
        assertThat(deepLink.body()).isEqualTo(home.body());
        assertThat((String) config.json("$.realm")).isEqualTo("civiclimate");
        assertThat((String) config.json("$.clientId")).isEqualTo("civiclimate-web");
        var missing = anonymous.get("/no-such-file.js");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
    }

    @Test
    void gathersEveryServicesOpenApiDocumentInOneSwaggerUi() {
        assertThat(anonymous.get("/openapi/tenant-service").body()).contains("\"path\":\"/v3/api-docs\"");
        assertThat(TENANT.received.getLast().path()).isEqualTo("/v3/api-docs");
        var ui = anonymous.get("/webjars/swagger-ui/swagger-initializer.js");
        var config = anonymous.get("/v3/api-docs/swagger-config");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(config.body())
                .contains("/openapi/tenant-service")
                .contains("/openapi/assembly-service")
                .contains("/openapi/plan-service");
    }

    /** A JSON body of {@code size} bytes from an input stream: sent chunked, without Content-Length. */
    private HttpResponse<String> postStreamed(String path, int size) throws Exception {
        byte[] prefix = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
        var filler = new InputStream() {
            private int left = size - prefix.length - suffix.length;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        var body = new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(prefix), filler, new ByteArrayInputStream(suffix))));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/communes"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", origin)
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "authorization,content-type")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** A real token with a claim changed after signing. */
    private static final class TestTokensTampered {
        static String of(String token) {
            return org.civiclimate.platform.test.TestTokens.tampered(token);
        }
    }
}
