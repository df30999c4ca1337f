package org.civiclimate.assembly.space;

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

/** The commune's assembly space through HTTP with real tokens and a real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class AssemblySpaceIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private final String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private ApiClient anonymous;

    @BeforeEach
    void aCommuneThisServiceKnows() {
        // As the commune directory records it from commune.provisioned (its own test covers the event).
        jdbc.sql("insert into known_commune (id, slug, name, country, languages) values (?, ?, ?, 'BE', ?)")
                .params(UUID.randomUUID(), slug, "Commune " + slug, new String[] {"fr", "nl"})
                .update();
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
    }

    @Test
    void showsTheSpaceOfAKnownCommuneToASignedInCaller() {
        var space = anonymous
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN))
                .get("/api/communes/" + slug + "/assembly");

        assertThat(space.status()).as(space.toString()).isEqualTo(200);
        assertThat((String) space.json("$.name")).isEqualTo("Commune " + slug);
        assertThat(space.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void answersAnUnknownCommuneWithCommuneNotFound() {
        var missing = anonymous
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN))
                .get("/api/communes/nowhere-" + slug + "/assembly");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem()).isEqualTo("commune-not-found");
    }

    @Test
    void refusesCallersWithoutAValidTokenBeforeSayingAnythingAboutTheCommune() {
        assertThat(anonymous.get("/api/communes/" + slug + "/assembly").status())
                .isEqualTo(401);
        assertThat(anonymous.get("/api/communes/nowhere/assembly").status()).isEqualTo(401);
        assertThat(anonymous
                        .withToken(TestKeycloak.tokens().forAnotherAudience(PlatformRealm.DEMO_CITIZEN))
                        .get("/api/communes/" + slug + "/assembly")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void everyTenantTableIsIsolatedByRowLevelSecurity() throws Exception {
        assertThat(TenantTables.notIsolated(dataSource)).isEmpty();
    }
}
