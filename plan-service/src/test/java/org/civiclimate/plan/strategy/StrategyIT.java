package org.civiclimate.plan.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new commune gets an empty plan on the reference emission factors, acknowledged once set up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class StrategyIT {

    /** tenant-service's announcement, sent here to the real broker as tenant-service publishes it. */
    @CloudEventType("commune.provisioned")
    record Announced(UUID communeId, String slug, String name, String country, List<String> languages) {}

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void givesANewCommuneAnEmptyPlanOnTheIpccFactorsAndAcknowledgesIt() {
        UUID commune = TestCommunes.anyId();
        String slug = TestCommunes.anySlug("plan");
        OtherServices.announce(new CommuneId(commune), new Announced(commune, slug, "Plan", "BE", List.of("fr")));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("select count(*) from outbox_event where commune_id = ? and type = ?")
                                .params(commune, "plan.commune-ready")
                                .query(Integer.class)
                                .single()
                        == 1);
        var summary = ApiClient.at("http://127.0.0.1:" + port)
                // An operator: nobody is a member of a commune announced this way (the e2e tests cover members).
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR))
                .get("/api/communes/" + slug + "/plan/summary");

        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat((String) summary.json("$.status")).isEqualTo("DRAFT");
        assertThat((String) summary.json("$.factorSet")).isEqualTo("ipcc-2006");
        assertThat((Double) summary.json("$.factors.natural_gas")).isEqualTo(0.202);
        assertThat((Double) summary.json("$.factors.lignite")).isEqualTo(0.364);
    }

    @Test
    void neverLetsTheServiceChangeReferenceFactors() {
        var refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> jdbc.sql("update emission_factor set t_co2_per_mwh = 0 where carrier = 'natural_gas'")
                        .update());

        assertThat(refused).hasRootCauseMessage("ERROR: permission denied for table emission_factor");
    }
}
