package org.civiclimate.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every service that replicates the commune directory promises about its commune space
 * ({@code /api/communes/{slug}/<space>}), checked over HTTP with real tokens and a real database. A service's test
 * extends it, adds {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} and {@code @RealInfrastructure(keycloak = true)},
 * and names its space.
 */
public abstract class CommuneSpaceContract {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private final String slug = "it-" + UUID.randomUUID().toString().substring(0, 8);
    private ApiClient anonymous;

    /** The path segment of the space, e.g. {@code assembly}. */
    protected abstract String space();

    @BeforeEach
    void aCommuneThisServiceKnowsWithTheDemoCitizenInIt() throws SQLException {
        // As the commune directory records them from tenant-service's events (its own test covers those).
        var commune = UUID.randomUUID();
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var insert = connection.prepareStatement(
                        "insert into known_commune (id, slug, name, country, languages) values (?, ?, ?, 'BE', ?)");
                var member = connection.prepareStatement(
                        "insert into known_member (commune_id, user_id, roles) values (?, ?, '{CITIZEN}')")) {
            connection.setAutoCommit(false);
            bind.setString(1, commune.toString());
            bind.execute();
            insert.setObject(1, commune);
            insert.setString(2, slug);
            insert.setString(3, "Commune " + slug);
            insert.setArray(4, connection.createArrayOf("text", new String[] {"fr", "nl"}));
            insert.executeUpdate();
            member.setObject(1, commune);
            member.setString(2, TestTokens.subjectOf(citizenToken()));
            member.executeUpdate();
            connection.commit();
        }
        anonymous = ApiClient.at("http://127.0.0.1:" + port);
    }

    @Test
    void showsTheSpaceOfACommuneToItsMembers() {
        var found = signedIn().get(path(slug));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat((String) found.json("$.name")).isEqualTo("Commune " + slug);
        assertThat(found.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void showsItToOperatorsButNotToPeopleOfOtherCommunes() {
        var operator = anonymous.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR));
        var outsider = anonymous.withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OTHER_ADMIN));

        assertThat(operator.get(path(slug)).status()).isEqualTo(200);
        var refused = outsider.get(path(slug));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problem()).isEqualTo("not-a-member");
        assertThat(refused.body()).doesNotContain("Commune " + slug);
    }

    @Test
    void answersAnUnknownCommuneWithCommuneNotFound() {
        var missing = signedIn().get(path("nowhere-" + slug));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problem()).isEqualTo("commune-not-found");
    }

    @Test
    void refusesCallersWithoutAValidTokenBeforeSayingAnythingAboutTheCommune() {
        assertThat(anonymous.get(path(slug)).status()).isEqualTo(401);
        assertThat(anonymous.get(path("nowhere")).status()).isEqualTo(401);
        assertThat(anonymous
                        .withToken(TestKeycloak.tokens().forAnotherAudience(PlatformRealm.DEMO_CITIZEN))
                        .get(path(slug))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void everyTenantTableIsIsolatedByRowLevelSecurity() throws SQLException {
        assertThat(TenantTables.notIsolated(dataSource)).isEmpty();
    }

    private ApiClient signedIn() {
        return anonymous.withToken(citizenToken());
    }

    private static String citizenToken() {
        return TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN);
    }

    private String path(String commune) {
        return "/api/communes/" + commune + "/" + space();
    }
}
