package org.civiclimate.assembly.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneContext;
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
import org.springframework.transaction.support.TransactionTemplate;

/** A new commune announced by tenant-service gets its country's allowance rules, acknowledged once set up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class LedgerIT {

    /** tenant-service's announcement, sent here to the real broker as tenant-service publishes it. */
    @CloudEventType("commune.provisioned")
    record Announced(UUID communeId, String slug, String name, String country, List<String> languages) {}

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void setsABelgianCommuneUpWithTheVolunteerAllowanceAndAcknowledgesIt() {
        UUID commune = TestCommunes.anyId();
        String slug = TestCommunes.anySlug("ledger");
        announce(new Announced(commune, slug, "Ledger", "BE", List.of("fr")));

        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledgements(commune) == 1);
        var rules = ApiClient.at("http://127.0.0.1:" + port)
                // An operator: nobody is a member of a commune announced this way (the e2e tests cover members).
                .withToken(TestKeycloak.tokens().of(PlatformRealm.DEMO_OPERATOR))
                .get("/api/communes/" + slug + "/assembly/allowance-rules");

        assertThat(rules.status()).isEqualTo(200);
        assertThat((List<Integer>) rules.json("$[*].amountCents")).containsExactly(4231);
        assertThat((List<Integer>) rules.json("$[*].yearlyCapCents")).containsExactly(169251);
    }

    @Test
    void keepsTheRulesItHasWhenTheCommuneIsAnnouncedAgain() {
        UUID commune = TestCommunes.anyId();
        String slug = TestCommunes.anySlug("again");
        announce(new Announced(commune, slug, "Again", "FR", List.of("fr")));
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledgements(commune) == 1);

        announce(new Announced(commune, slug, "Again", "FR", List.of("fr")));
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledgements(commune) == 2);

        Integer rules = CommuneContext.callAs(
                new CommuneId(commune),
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from allowance_rule")
                        .query(Integer.class)
                        .single()));
        assertThat(rules).isEqualTo(1);
    }

    private int acknowledgements(UUID commune) {
        return jdbc.sql("select count(*) from outbox_event where commune_id = ? and type = 'assembly.commune-ready'")
                .param(commune)
                .query(Integer.class)
                .single();
    }

    private void announce(Announced event) {
        OtherServices.announce(new CommuneId(event.communeId()), event);
    }
}
