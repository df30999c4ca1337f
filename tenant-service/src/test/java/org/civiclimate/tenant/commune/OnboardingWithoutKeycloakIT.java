package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** When tenant-service cannot reach Keycloak's admin API, creating a commune fails cleanly and records nothing. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "civiclimate.keycloak.url=http://127.0.0.1:9")
@RealInfrastructure(keycloak = true)
class OnboardingWithoutKeycloakIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void answersServiceUnavailableAndLeavesNoHalfMadeCommune() {
        String slug = "down-" + UUID.randomUUID().toString().substring(0, 8);
        var refused = ApiClient.at("http://127.0.0.1:" + port)
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_ADMIN))
                .post("/api/communes", """
                        {"slug": "%s", "name": "Down", "country": "BE", "languages": ["fr"]}""".formatted(slug));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.problem()).isEqualTo("identity-provider-unavailable");
        assertThat(jdbc.sql("select count(*) from commune where slug = ?")
                        .param(slug)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from outbox_event where convert_from(envelope, 'UTF8') like ?")
                        .param("%" + slug + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
