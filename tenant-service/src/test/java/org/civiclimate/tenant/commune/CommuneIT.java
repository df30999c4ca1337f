package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TenantTables;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The commune register through HTTP with real tokens, a real database and a real broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class CommuneIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private ApiClient admin;
    private ApiClient anonymous;
    private final String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void clients() {
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
        admin = anonymous.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_ADMIN));
    }

    @Test
    void createsACommuneAndAnnouncesIt() {
        var created = admin.post("/api/communes", body(slug));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/communes/" + slug);
        String id = created.json("$.id");

        var found = admin.get("/api/communes/" + slug);
        assertThat(found.status()).isEqualTo(200);
        assertThat((String) found.json("$.name")).isEqualTo("Commune " + slug);

        assertThat(jdbc.sql("select type from outbox_event where commune_id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("commune.provisioned");

        var me = admin.get("/api/me");
        assertThat(me.body()).contains("\"slug\":\"" + slug + "\"");
        assertThat((java.util.List<String>) me.json("$.communes[?(@.slug == '" + slug + "')].roles[0]"))
                .containsExactly("ADMIN");

        String userId = me.json("$.userId");
        var organization = KeycloakAdmin.organization(slug);
        assertThat(organization).as("the commune's Keycloak Organization").isPresent();
        assertThat(KeycloakAdmin.members(organization.get())).contains(userId);
    }

    @Test
    void showsACallerOnlyTheirOwnCommunes() {
        assertThat(admin.post("/api/communes", body(slug)).status()).isEqualTo(201);

        var citizen = anonymous
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN))
                .get("/api/me");

        assertThat(citizen.status()).isEqualTo(200);
        assertThat(citizen.body()).doesNotContain(slug);
    }

    @Test
    void refusesASlugThatIsTaken() {
        assertThat(admin.post("/api/communes", body(slug)).status()).isEqualTo(201);

        var again = admin.post("/api/communes", body(slug));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("slug-taken");
        assertThat((String) again.json("$.errors[0].field")).isEqualTo("slug");
    }

    @Test
    void refusesAReservedSlugAndAnUnknownCountryNamingBoth() {
        var refused = admin.post("/api/communes", """
                {"slug": "admin", "name": "Admin", "country": "XX", "languages": ["fr"]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"slug\"").contains("\"field\":\"country\"");
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
    void tellsTheCallerWhoTheyAre() {
        var me = admin.get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.json("$.email")).isEqualTo(PlatformRealm.DEMO_ADMIN);
    }

    @Test
    void exposesHealthProbesAndMetricsWithoutAToken() {
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/prometheus").body()).contains("civiclimate_outbox_published");
    }

    @Test
    void everyTenantTableIsIsolatedByRowLevelSecurity() throws Exception {
        assertThat(TenantTables.notIsolated(dataSource)).isEmpty();
    }

    private static String body(String slug) {
        return """
                {"slug": "%s", "name": "Commune %s", "country": "BE", "languages": ["fr", "nl"]}""".formatted(slug, slug);
    }
}
