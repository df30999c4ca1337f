package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The self-service door as production has it (an operator approves each commune), with a short acknowledgement
 * timeout and a low limit of requests under way: nobody squats an official code or gets power from a request, and a
 * saga whose acknowledgement never comes fails by name and is retried. Each requester is a new account. The context
 * is closed afterwards, so that its short timeout never meets another test's commune.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civiclimate.onboarding.require-approval=true",
            "civiclimate.onboarding.max-open-requests=2",
            "civiclimate.onboarding.acknowledgement-timeout=5s",
            "civiclimate.onboarding.acknowledgement-check-interval=500ms"
        })
@RealInfrastructure(keycloak = true)
@DirtiesContext
class OnboardingSafeguardsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    private ApiClient operator;

    @BeforeEach
    void operator() {
        operator = api().withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR));
    }

    @Test
    void aCommuneAServiceNeverAcknowledgesFailsNamingItAndARetryAnnouncesItAgain() {
        var requester = newPerson("silent");
        String slug = TestCommunes.anySlug("silent");
        var requested = requester.post("/api/communes", TestCommunes.requestBody(slug, "Silent " + slug));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        UUID id = UUID.fromString(requested.json("$.id"));
        assertThat(operator.post("/api/communes/" + slug + "/approval", "").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> operator.get("/api/communes/" + slug).<Boolean>json("$.provisioning.organization"));
        var services = new ServiceAcknowledgements();
        services.assemblyReady(id); // plan-service stays silent

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        "FAILED".equals(operator.get("/api/communes/" + slug).json("$.status")));
        var failed = operator.get("/api/communes/" + slug);
        assertThat((String) failed.json("$.failureReason"))
                .startsWith("acknowledgement-timeout")
                .contains("plan-service");
        if (failed.<Boolean>json("$.provisioning.assembly")) {
            assertThat((String) failed.json("$.failureReason")).doesNotContain("assembly-service");
        }
        assertThat(provisionedEvents(id)).hasSize(1);
        assertThat(auditActions(id)).contains("COMMUNE_FAILED");

        var retried = operator.post("/api/communes/" + slug + "/provisioning/retry", "");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat((String) retried.json("$.status")).isEqualTo("PROVISIONING");
        var announced = provisionedEvents(id);
        assertThat(announced).as("announced again, as a new event").hasSize(2).doesNotHaveDuplicates();

        services.assemblyReady(id);
        services.planReady(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        "ACTIVE".equals(operator.get("/api/communes/" + slug).json("$.status")));
    }

    @Test
    void limitsTheRequestsOnePersonHasUnderWay() {
        var requester = newPerson("eager");
        String first = TestCommunes.anySlug("eager");
        assertThat(requester
                        .post("/api/communes", TestCommunes.requestBody(first, "Eager one"))
                        .status())
                .isEqualTo(202);
        assertThat(requester
                        .post("/api/communes", TestCommunes.requestBody(TestCommunes.anySlug("eager"), "Two"))
                        .status())
                .isEqualTo(202);

        var third = requester.post("/api/communes", TestCommunes.requestBody(TestCommunes.anySlug("eager"), "Three"));

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.problem()).isEqualTo("too-many-open-requests");
        assertThat((String) third.json("$.detail"))
                .contains("max-open-requests")
                .contains("2");

        // Once one of them is decided, the person may ask again.
        assertThat(operator.post("/api/communes/" + first + "/rejection", "{\"reason\": \"duplicate request\"}")
                        .status())
                .isEqualTo(200);
        assertThat(requester
                        .post("/api/communes", TestCommunes.requestBody(TestCommunes.anySlug("eager"), "Four"))
                        .status())
                .isEqualTo(202);
    }

    @Test
    void aRequesterHasNoAdminPowerBeforeTheCommuneIsActive() {
        var requester = newPerson("early");
        String slug = TestCommunes.anySlug("early");
        assertThat(requester
                        .post("/api/communes", TestCommunes.requestBody(slug, "Early"))
                        .status())
                .isEqualTo(202);

        assertThat((String) requester.get("/api/communes/" + slug).json("$.status"))
                .as("the requester follows their request")
                .isEqualTo("AWAITING_APPROVAL");
        var network =
                requester.post("/api/networks", "{\"slug\": \"" + TestCommunes.anySlug("net") + "\", \"name\": \"N\"}");
        assertThat(network.status())
                .as("no network made from a pending commune")
                .isEqualTo(403);
        assertThat(requester.get("/api/communes/" + slug + "/members").status()).isEqualTo(403);
        assertThat(requester
                        .send("PUT", "/api/communes/" + slug + "/joining", "application/json", "{\"policy\": \"OPEN\"}")
                        .status())
                .isEqualTo(403);
        assertThat(requester
                        .send("PUT", "/api/communes/" + slug + "/networks/anything", null, "")
                        .status())
                .isEqualTo(403);
        var retried = requester.post("/api/communes/" + slug + "/provisioning/retry", "");
        assertThat(retried.status())
                .as("a retry does not skip the operator's approval")
                .isEqualTo(409);
        assertThat((String) requester.get("/api/communes/" + slug).json("$.status"))
                .isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void anOperatorRejectsAClaimOnAnotherCommunesCodeSoTheRightfulCommuneRegisters() {
        var squatter = newPerson("squatter");
        var rightful = newPerson("rightful");
        String slug = TestCommunes.anySlug("claimed");
        String code = TestCommunes.anyBelgianCode();
        String body = """
                {"slug": "%s", "name": "%s", "country": "BE", "officialCode": "%s", "population": 25000,
                 "contactEmail": "contact@example.org", "languages": ["fr"]}""";
        var claimed = squatter.post("/api/communes", body.formatted(slug, "Claimed", code));
        assertThat(claimed.status()).isEqualTo(202);
        UUID claimedId = UUID.fromString(claimed.json("$.id"));
        var refused =
                rightful.post("/api/communes", body.formatted(TestCommunes.anySlug("rightful"), "Rightful", code));
        assertThat(refused.problem()).isEqualTo("official-code-taken");

        assertThat(squatter.post("/api/communes/" + slug + "/rejection", "{\"reason\": \"mine\"}")
                        .status())
                .isEqualTo(403);
        var blank = operator.post("/api/communes/" + slug + "/rejection", "{\"reason\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat((String) blank.json("$.errors[0].field")).isEqualTo("reason");

        var rejected = operator.post(
                "/api/communes/" + slug + "/rejection",
                "{\"reason\": \"the official code belongs to another commune\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat((String) rejected.json("$.status")).isEqualTo("REJECTED");
        assertThat(auditActions(claimedId)).contains("COMMUNE_REQUESTED", "COMMUNE_REJECTED");
        assertThat((List<String>) squatter.get("/api/me").json("$.communes[*].slug"))
                .as("the squatter keeps no role in it")
                .doesNotContain(slug);
        assertThat(operator.post("/api/communes/" + slug + "/rejection", "{\"reason\": \"again\"}")
                        .status())
                .as("a rejected request is gone from the directory")
                .isEqualTo(404);

        var registered = rightful.post("/api/communes", body.formatted(slug, "Rightful", code));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        assertThat((String) registered.json("$.status")).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void concurrentDecisionsOnOneRequestTakeEffectOnce() throws Exception {
        var requester = newPerson("decided");
        String slug = TestCommunes.anySlug("decided");
        var requested = requester.post("/api/communes", TestCommunes.requestBody(slug, "Decided " + slug));
        UUID id = UUID.fromString(requested.json("$.id"));
        var start = new CountDownLatch(1);
        List<Future<Integer>> decisions = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 6; i++) {
                boolean approve = i % 2 == 0;
                decisions.add(pool.submit(() -> {
                    start.await();
                    return approve
                            ? operator.post("/api/communes/" + slug + "/approval", "")
                                    .status()
                            : operator.post("/api/communes/" + slug + "/rejection", "{\"reason\": \"race\"}")
                                    .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var decision : decisions) {
                statuses.add(decision.get());
            }
            // Losers see the winner's status: 409, or 404 once a rejection took the commune out of the directory.
            assertThat(statuses)
                    .containsOnlyOnce(200)
                    .allMatch(status -> List.of(200, 404, 409).contains(status));
        }
        assertThat(auditActions(id).stream()
                        .filter(action -> action.equals("COMMUNE_APPROVED") || action.equals("COMMUNE_REJECTED")))
                .hasSize(1);
    }

    @Test
    void aLateAcknowledgementNeitherLiftsASuspensionNorActivatesTwice() {
        var requester = newPerson("late");
        String slug = TestCommunes.anySlug("late");
        UUID id = UUID.fromString(requester
                .post("/api/communes", TestCommunes.requestBody(slug, "Late " + slug))
                .json("$.id"));
        assertThat(operator.post("/api/communes/" + slug + "/approval", "").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> operator.get("/api/communes/" + slug).<Boolean>json("$.provisioning.organization"));
        var services = new ServiceAcknowledgements();
        services.assemblyReady(id);
        services.planReady(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        "ACTIVE".equals(operator.get("/api/communes/" + slug).json("$.status")));
        assertThat(operator.send(
                                "PUT",
                                "/api/communes/" + slug + "/suspension",
                                "application/json",
                                "{\"reason\": \"audit under way\"}")
                        .status())
                .isEqualTo(200);

        // Answers to an announcement, arriving after all (new events, as a service that answers again sends).
        int processed = processedEvents(id);
        services.planReady(id);
        services.assemblyReady(id);
        await().atMost(Duration.ofSeconds(30)).until(() -> processedEvents(id) >= processed + 2);
        assertThat((String) operator.get("/api/communes/" + slug).json("$.status"))
                .isEqualTo("SUSPENDED");
        assertThat(auditActions(id).stream().filter("COMMUNE_ACTIVATED"::equals))
                .hasSize(1);
    }

    private int processedEvents(UUID commune) {
        return jdbc.sql("select count(*) from processed_event where commune_id = ?")
                .param(commune)
                .query(Integer.class)
                .single();
    }

    private List<String> provisionedEvents(UUID commune) {
        return jdbc.sql("select event_id::text from outbox_event where commune_id = ? and type = 'commune.provisioned'")
                .param(commune)
                .query(String.class)
                .list();
    }

    private List<String> auditActions(UUID commune) {
        var id = new CommuneId(commune);
        return CommuneContext.callAs(
                id,
                () -> transactions.execute(
                        _ -> jdbc.sql("select action from audit_entry where commune_id = ? order by id")
                                .param(commune)
                                .query(String.class)
                                .list()));
    }

    private ApiClient api() {
        return ApiClient.at("http://127.0.0.1:" + port);
    }

    private ApiClient newPerson(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakAdmin.createUser(email, "Onboarding " + prefix, "secret-" + email);
        return api().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
    }
}
