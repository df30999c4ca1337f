package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TenantTables;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The commune register and its onboarding saga through HTTP, with real tokens, database, broker and Keycloak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class CommuneIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    private ApiClient admin;
    private ApiClient anonymous;
    private ServiceAcknowledgements services;
    private final String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void clients() {
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
        admin = anonymous.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_ADMIN));
        services = new ServiceAcknowledgements();
    }

    @Test
    void provisionsACommuneUntilEveryServiceHasSetItUp() {
        var requested = admin.post("/api/communes", body(slug));

        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        assertThat(requested.header("Location")).isEqualTo("/api/communes/" + slug);
        assertThat((String) requested.json("$.status")).isEqualTo("PROVISIONING");
        UUID id = UUID.fromString(requested.json("$.id"));

        // The worker creates the Keycloak Organization with the requester in it, then announces the commune.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/communes/" + slug).<Boolean>json("$.provisioning.organization"));
        var me = admin.get("/api/me");
        assertThat((List<String>) me.json("$.communes[?(@.slug == '" + slug + "')].roles[0]"))
                .containsExactly("ADMIN");
        var organization = KeycloakAdmin.organization(slug);
        assertThat(organization).as("the commune's Keycloak Organization").isPresent();
        assertThat(KeycloakAdmin.members(organization.get())).contains((String) me.json("$.userId"));
        assertThat(eventsOf(id)).containsExactly("commune.provisioned");

        // Each service acknowledges; the last one makes the commune active. A replay changes nothing.
        services.assemblyReady(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/communes/" + slug).<Boolean>json("$.provisioning.assembly"));
        assertThat((String) admin.get("/api/communes/" + slug).json("$.status")).isEqualTo("PROVISIONING");
        services.planReady(id);
        services.planReady(id);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "ACTIVE".equals(admin.get("/api/communes/" + slug).json("$.status")));
        services.assemblyReady(id);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> eventsOf(id).size() == 2);
        assertThat(eventsOf(id)).containsExactly("commune.provisioned", "commune.activated");
    }

    @Test
    void refusesASlugThatIsTaken() {
        assertThat(admin.post("/api/communes", body(slug)).status()).isEqualTo(202);

        var again = admin.post("/api/communes", body(slug));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("slug-taken");
        assertThat((String) again.json("$.errors[0].field")).isEqualTo("slug");
        assertThat((String) again.json("$.errors[0].code")).isEqualTo("taken");
    }

    @Test
    void refusesAReservedSlugAndAnUnknownCountryNamingBoth() {
        var refused = admin.post("/api/communes", """
                {"slug": "admin", "name": "Admin", "country": "XX", "officialCode": "21004", "population": 5,
                 "contactEmail": "a@b.be", "languages": ["fr"]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"slug\"").contains("\"field\":\"country\"");
        assertThat((List<String>) refused.json("$.errors[?(@.field == 'slug')].code"))
                .containsExactly("taken");
        assertThat((List<String>) refused.json("$.errors[?(@.field == 'country')].code"))
                .containsExactly("country-unsupported");

        var wrongCode = admin.post("/api/communes", """
                {"slug": "%s", "name": "Uccle", "country": "BE", "officialCode": "2A004", "population": 5,
                 "contactEmail": "a@b.be", "languages": ["fr"]}""".formatted(slug));
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat((String) wrongCode.json("$.errors[0].field")).isEqualTo("officialCode");
        assertThat((String) wrongCode.json("$.errors[0].code")).isEqualTo("official-code-format");
        assertThat((String) wrongCode.json("$.errors[0].params.country")).isEqualTo("BE");
    }

    @Test
    void acceptsEachCommuneOnceByItsOfficialCode() {
        String code = TestCommunes.anyBelgianCode();
        String first = TestCommunes.anySlug("code");
        String body = """
                {"slug": "%s", "name": "Once", "country": "BE", "officialCode": "%s", "population": 5,
                 "contactEmail": "a@b.be", "languages": ["fr"]}""";
        assertThat(admin.post("/api/communes", body.formatted(first, code)).status())
                .isEqualTo(202);

        var again = admin.post("/api/communes", body.formatted(TestCommunes.anySlug("code"), code));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("official-code-taken");
        assertThat((String) again.json("$.errors[0].field")).isEqualTo("officialCode");
        assertThat((String) again.json("$.errors[0].code")).isEqualTo("taken");
    }

    @Test
    void letsOnlyOperatorsListEveryCommune() {
        assertThat(admin.post("/api/communes", body(slug)).status()).isEqualTo(202);
        var operator = anonymous.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR));

        assertThat(admin.get("/api/communes").status()).isEqualTo(403);
        var all = operator.get("/api/communes?size=100&status=PROVISIONING");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("\"slug\":\"" + slug + "\"");
        assertThat(operator.get("/api/communes?status=NONSENSE").status()).isEqualTo(400);
    }

    @Test
    void answersAnUnknownSlugWithCommuneNotFound() {
        var missing = admin.get("/api/communes/no-such-commune");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem()).isEqualTo("commune-not-found");
    }

    @Test
    void refusesAnonymousCallers() {
        assertThat(anonymous.post("/api/communes", body(slug)).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void showsACallerOnlyTheirOwnCommunes() {
        assertThat(admin.post("/api/communes", body(slug)).status()).isEqualTo(202);

        var citizen = anonymous
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN))
                .get("/api/me");

        assertThat(citizen.status()).isEqualTo(200);
        assertThat(citizen.body()).doesNotContain(slug);
    }

    @Test
    void tellsTheCallerWhoTheyAre() {
        var me = admin.get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.json("$.email")).isEqualTo(PlatformRealm.DEMO_ADMIN);
    }

    @Test
    void exposesHealthProbesAndMetricsWithoutATokenOnTheManagementPortOnly() {
        var management = ApiClient.at("http://127.0.0.1:" + managementPort);

        assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(management.get("/actuator/prometheus").body()).contains("civiclimate_outbox_published");
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(404);
    }

    @Test
    void showsParkedEventsToOperatorsOnlyOnTheManagementPort() {
        var management = ApiClient.at("http://127.0.0.1:" + managementPort);

        assertThat(management.get("/actuator/parkedevents").status()).isEqualTo(401);
        assertThat(management
                        .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_ADMIN))
                        .get("/actuator/parkedevents")
                        .status())
                .isEqualTo(403);
        var operator = management.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR));
        var parked = operator.get("/actuator/parkedevents");
        assertThat(parked.status()).as(parked.toString()).isEqualTo(200);
        assertThat((Integer) parked.json("$.waiting")).isNotNegative();
        assertThat(operator.post("/actuator/parkedevents/" + UUID.randomUUID(), "{}")
                        .status())
                .as("nothing parked under that id")
                .isEqualTo(404);
        assertThat((Integer) management.get("/actuator/health").json("$.components.parkedEvents.details.waiting"))
                .isNotNegative();
        assertThat(anonymous
                        .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR))
                        .get("/actuator/parkedevents")
                        .status())
                .as("not served on the service's own port")
                .isEqualTo(404);
    }

    @Test
    void everyTenantTableIsIsolatedByRowLevelSecurity() throws Exception {
        assertThat(TenantTables.notIsolated(dataSource)).isEmpty();
    }

    private List<String> eventsOf(UUID commune) {
        return jdbc.sql(
                        "select type from outbox_event where commune_id = ? and type like 'commune.%' order by position")
                .param(commune)
                .query(String.class)
                .list();
    }

    private static String body(String slug) {
        return TestCommunes.requestBody(slug, "Commune " + slug);
    }
}
