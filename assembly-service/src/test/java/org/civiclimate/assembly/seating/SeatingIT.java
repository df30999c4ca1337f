package org.civiclimate.assembly.seating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.assembly.draws.DropoutHistory;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seating a drawn panel through HTTP, with the real database, solver and Keycloak: staff offer the seats; each drawn
 * person accepts signed in with the address the offer went to (member of the commune or not) or refuses by its link,
 * which offers the seat to the reserve that keeps the quotas; a lapsed offer does too. Other communes see nothing.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civiclimate.assembly.draws.poll-delay=500ms",
            "civiclimate.assembly.draws.poll-interval=500ms",
            "civiclimate.assembly.draws.legacy-runs=100"
        })
@RealInfrastructure(keycloak = true)
class SeatingIT {

    /** Two women and two men, each a demo user who is no member of the test's commune. */
    static final Map<String, String> GENDER_BY_EMAIL = Map.of(
            PlatformRealm.DEMO_COORDINATOR, "F",
            PlatformRealm.DEMO_OTHER_ADMIN, "F",
            PlatformRealm.DEMO_OPERATOR, "M",
            PlatformRealm.DEMO_ADMIN, "M");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SeatingService seatings;

    @Autowired
    DropoutHistory dropouts;

    @Autowired
    TransactionTemplate transactions;

    SeatedAssembly a;
    String draws;

    @BeforeEach
    void anAssembly() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        draws = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/draws";
    }

    @Test
    void theDrawnAcceptTheirSeatsSignedInWithTheirAddressOrRefuseThemAndTheReserveKeepsTheQuotas() throws Exception {
        String draw = drawnPanel(draws, true);
        String seating = draw + "/seating";

        assertThat(a.facilitator().get(seating).status()).isEqualTo(404);
        assertThat(a.citizen().post(seating, "{\"answerWithinDays\": 7}").status())
                .isEqualTo(403);
        var tooLong = a.facilitator().post(seating, "{\"answerWithinDays\": 61}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("answerWithinDays");

        var farOff = a.facilitator().post(seating, "{\"answerWithinDays\": 7, \"startsOn\": \"2206-01-01\"}");
        assertThat(farOff.status()).isEqualTo(400);
        assertThat(farOff.body()).contains("startsOn");

        var started = a.facilitator().post(seating, "{\"answerWithinDays\": 7}");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.<List<String>>json("$.offers[*].status")).containsExactly("OFFERED", "OFFERED");
        assertThat(started.<Integer>json("$.reservesLeft")).isEqualTo(2);
        var again = a.facilitator().post(seating, "{\"answerWithinDays\": 7}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("seating-started");
        List<String> emails = started.json("$.offers[*].email");
        assertThat(offeredTo()).containsExactlyInAnyOrderElementsOf(emails);

        int woman = GENDER_BY_EMAIL.get(emails.get(0)).equals("F") ? 0 : 1;
        String womanOffer = started.json("$.offers[" + woman + "].id");
        String womanEmail = emails.get(woman);
        String manOffer = started.json("$.offers[" + (1 - woman) + "].id");
        String publicOffer = "/api/public/communes/" + a.slug() + "/assembly/seat-offers/" + womanOffer;
        String acceptance = "/api/communes/" + a.slug() + "/assembly/seat-offers/" + womanOffer + "/acceptance";

        var shown = anonymous().get(publicOffer);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.<String>json("$.status")).isEqualTo("OFFERED");
        assertThat(shown.<String>json("$.maskedEmail"))
                .isEqualTo(womanEmail.charAt(0) + "•••" + womanEmail.substring(womanEmail.indexOf('@')));
        assertThat(shown.body()).doesNotContain(womanEmail);
        assertThat(anonymous()
                        .get("/api/public/communes/" + a.otherSlug() + "/assembly/seat-offers/" + womanOffer)
                        .status())
                .isEqualTo(404);

        assertThat(anonymous().post(acceptance, "").status()).isEqualTo(401);
        var byAnother = a.facilitator().post(acceptance, "");
        assertThat(byAnother.status()).isEqualTo(403);
        assertThat(byAnother.problem()).isEqualTo("offer-for-another-address");
        var elsewhere = a.otherAdmin()
                .post("/api/communes/" + a.otherSlug() + "/assembly/seat-offers/" + womanOffer + "/acceptance", "");
        assertThat(elsewhere.status()).isEqualTo(404);

        String womanToken = TestKeycloak.tokens().of(womanEmail);
        var accepted = anonymous().withToken(womanToken).post(acceptance, "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.<String>json("$.status")).isEqualTo("ACCEPTED");
        var mandates = a.facilitator()
                .get("/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/mandates?status=ACTIVE");
        assertThat(mandates.<List<String>>json("$[?(@.chosenBy == 'DRAWN')].userId"))
                .containsExactly(TestTokens.subjectOf(womanToken));
        assertThat(mandates.<List<Integer>>json("$[?(@.chosenBy == 'DRAWN')].seat"))
                .containsExactly(3);
        assertThat(events("member.seated", "chosenBy")).contains("DRAWN");
        var twice = anonymous().withToken(womanToken).post(acceptance, "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problem()).isEqualTo("offer-answered");

        String refusal = "/api/public/communes/" + a.slug() + "/assembly/seat-offers/" + manOffer + "/refusal";
        var withoutKey = anonymous().post(refusal, "");
        assertThat(withoutKey.status()).isEqualTo(403);
        assertThat(withoutKey.problem()).isEqualTo("offer-key-invalid");
        assertThat(anonymous()
                        .post(refusal, "{\"key\": \"guessed-guessed-guessed\"}")
                        .status())
                .isEqualTo(403);
        String key = keyOf(manOffer);
        assertThat(a.facilitator().get(seating).body())
                .as("staff never see the key")
                .doesNotContain(key);
        var refused = anonymous().post(refusal, "{\"key\": \"" + key + "\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.<String>json("$.status")).isEqualTo("DECLINED");
        assertThat(anonymous().post(refusal, "{\"key\": \"" + key + "\"}").status())
                .isEqualTo(409);

        var after = a.facilitator().get(seating);
        assertThat(after.<List<String>>json("$.offers[*].status"))
                .containsExactly(woman == 0 ? "ACCEPTED" : "DECLINED", woman == 0 ? "DECLINED" : "ACCEPTED", "OFFERED");
        assertThat(after.<Boolean>json("$.offers[2].fromReserves")).isTrue();
        assertThat(after.<String>json("$.offers[2].replaces")).isEqualTo(manOffer);
        // The man who refused is replaced by the reserve man: the quotas hold.
        assertThat(GENDER_BY_EMAIL.get(after.<String>json("$.offers[2].email"))).isEqualTo("M");
        assertThat(after.<Integer>json("$.accepted")).isEqualTo(1);
        assertThat(after.<Integer>json("$.reservesLeft")).isEqualTo(1);
        assertThat(offeredTo()).hasSize(3);
    }

    @Test
    void staffRecordARefusalAndALapsedOfferCallsTheNextReserveToo() throws Exception {
        String draw = drawnPanel(draws, true);
        String seating = draw + "/seating";
        var started = a.facilitator().post(seating, "{\"answerWithinDays\": 3}");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String first = started.json("$.offers[0].id");
        String second = started.json("$.offers[1].id");

        var recorded = a.facilitator().post(seating + "/offers/" + first + "/refusal", "");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.<List<String>>json("$.offers[*].status")).containsExactly("DECLINED", "OFFERED", "OFFERED");
        assertThat(a.citizen()
                        .post(seating + "/offers/" + second + "/refusal", "")
                        .status())
                .isEqualTo(403);

        lapse(second);
        var shown = anonymous().get("/api/public/communes/" + a.slug() + "/assembly/seat-offers/" + second);
        assertThat(shown.<Boolean>json("$.lapsed")).isTrue();
        String email = started.json("$.offers[1].email");
        var late = anonymous()
                .withToken(TestKeycloak.tokens().of(email))
                .post("/api/communes/" + a.slug() + "/assembly/seat-offers/" + second + "/acceptance", "");
        assertThat(late.status()).isEqualTo(409);

        CommuneContext.callAs(new CommuneId(a.commune()), () -> seatings.lapseDue(10));
        var after = a.facilitator().get(seating);
        assertThat(after.<List<String>>json("$.offers[*].status"))
                .containsExactly("DECLINED", "EXPIRED", "OFFERED", "OFFERED");
        assertThat(after.<String>json("$.offers[3].replaces")).isEqualTo(second);
        assertThat(after.<Integer>json("$.reservesLeft")).isZero();
        // Nothing is left to lapse: running it again changes nothing.
        assertThat(CommuneContext.callAs(new CommuneId(a.commune()), () -> seatings.lapseDue(10)))
                .isZero();
    }

    @Test
    void aSeatedMemberWhoWithdrawsIsReplacedOnceByTheReserveWhoKeepsTheQuotas() throws Exception {
        String draw = drawnPanel(draws, true);
        String seating = draw + "/seating";
        var started = a.facilitator().post(seating, "{\"answerWithinDays\": 7}");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        List<String> emails = started.json("$.offers[*].email");
        int woman = GENDER_BY_EMAIL.get(emails.get(0)).equals("F") ? 0 : 1;
        String womanOffer = started.json("$.offers[" + woman + "].id");
        var accepted = anonymous()
                .withToken(TestKeycloak.tokens().of(emails.get(woman)))
                .post("/api/communes/" + a.slug() + "/assembly/seat-offers/" + womanOffer + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String replacement = seating + "/offers/" + womanOffer + "/replacement";

        var seated = a.facilitator().post(replacement, "");
        assertThat(seated.status()).as("a member still seated is not replaced").isEqualTo(409);
        assertThat(seated.problem()).isEqualTo("member-not-withdrawn");
        String mandate = a.facilitator().get(seating).json("$.offers[" + woman + "].mandateId");
        var withdrawn = a.facilitator()
                .post(
                        "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/mandates/" + mandate
                                + "/withdrawal",
                        "{\"reason\": \"Moved away\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(a.facilitator().get(seating).<Boolean>json("$.offers[" + woman + "].withdrawn"))
                .isTrue();
        assertThat(a.citizen().post(replacement, "").status()).isEqualTo(403);
        assertThat(a.otherAdmin()
                        .post(replacement.replace(a.slug(), a.otherSlug()), "")
                        .status())
                .isIn(403, 404);

        var replaced = a.facilitator().post(replacement, "");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.<List<String>>json("$.offers[*].status"))
                .containsExactly(woman == 0 ? "ACCEPTED" : "OFFERED", woman == 0 ? "OFFERED" : "ACCEPTED", "OFFERED");
        assertThat(replaced.<String>json("$.offers[2].replaces")).isEqualTo(womanOffer);
        // The woman who left is replaced by the reserve woman: every quota holds.
        assertThat(GENDER_BY_EMAIL.get(replaced.<String>json("$.offers[2].email")))
                .isEqualTo("F");
        assertThat(replaced.<Integer>json("$.replacements[0].brokenSeats")).isZero();
        assertThat(replaced.<String>json("$.replacements[0].reserve"))
                .isEqualTo(replaced.json("$.offers[2].pseudonym"));
        assertThat(replaced.<String>json("$.replacements[0].requestedBy")).isNotNull();
        assertThat(offeredTo()).hasSize(3);

        var again = a.facilitator().post(replacement, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<List<String>>json("$.offers[*].id")).hasSize(3);
        assertThat(again.<List<String>>json("$.replacements[*].withdrawnOffer")).containsExactly(womanOffer);
        assertThat(offeredTo()).as("one replacement per withdrawal").hasSize(3);

        String drawId = draw.substring(draw.lastIndexOf('/') + 1);
        var published =
                anonymous().get("/api/public/communes/" + a.slug() + "/assembly/draws/" + drawId + "/replacements");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.<List<String>>json("$[*].withdrawn"))
                .containsExactly(started.<String>json("$.offers[" + woman + "].pseudonym"));
        assertThat(published.body()).doesNotContain("requestedBy\":\"").doesNotContain("@");
        assertThat(anonymous()
                        .get("/api/public/communes/" + a.otherSlug() + "/assembly/draws/" + drawId + "/replacements")
                        .status())
                .isEqualTo(404);

        // For the next draws' reserves: the woman who withdrew and the man who refuses dropped out; waiting offers
        // tell nothing yet, and a draw's own offers are not its history.
        String manOffer = started.json("$.offers[" + (1 - woman) + "].id");
        assertThat(a.facilitator()
                        .post(seating + "/offers/" + manOffer + "/refusal", "")
                        .status())
                .isEqualTo(200);
        List<DropoutHistory.Offered> history = CommuneContext.callAs(
                new CommuneId(a.commune()), () -> transactions.execute(_ -> dropouts.offeredBefore(UUID.randomUUID())));
        assertThat(history)
                .extracting(offered -> offered.features().get("gender"), DropoutHistory.Offered::droppedOut)
                .containsExactlyInAnyOrder(tuple("F", true), tuple("M", true));
        List<DropoutHistory.Offered> own = CommuneContext.callAs(
                new CommuneId(a.commune()),
                () -> transactions.execute(_ -> dropouts.offeredBefore(UUID.fromString(drawId))));
        assertThat(own).isEmpty();
    }

    @Test
    void aPanelWithoutAddressesOrWithoutVacantSeatsIsNotOffered() throws Exception {
        String noAddresses = drawnPanel(draws, false);
        var refused = a.facilitator().post(noAddresses + "/seating", "{\"answerWithinDays\": 7}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("selected[0].email", "selected[1].email");

        var small = a.facilitator().post("/api/communes/" + a.slug() + "/assembly/assemblies", """
                {"name": "Panel d'un siège", "kind": "PERMANENT_COUNCIL", "seats": 1, "mandateMonths": 12,
                 "cohorts": 1, "firstSittingOn": "2026-01-01"}""");
        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        String smallDraws = "/api/communes/" + a.slug() + "/assembly/assemblies/" + small.json("$.id") + "/draws";
        String tooBig = drawnPanel(smallDraws, true);
        var full = a.facilitator().post(tooBig + "/seating", "{\"answerWithinDays\": 7}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.problem()).isEqualTo("not-enough-seats");
        assertThat(a.facilitator().get(tooBig + "/seating").status()).isEqualTo(404);
    }

    /** A completed draw of one woman and one man from the four, with the two others as reserves; its path. */
    private String drawnPanel(String draws, boolean withAddresses) throws Exception {
        var created = a.facilitator().post(draws, """
                {"title": "Panel", "panelSize": 2, "reserveCount": 2, "algorithm": "LEXIMIN",
                 "seed": "seating", "seedSource": "Announced at the council of 2026-12-01"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String draw = draws + "/" + created.json("$.id");
        var quotas = a.facilitator().send("PUT", draw + "/quotas", "application/json", """
                {"quotas": [{"feature": "gender", "value": "F", "min": 1, "max": 1},
                            {"feature": "gender", "value": "M", "min": 1, "max": 1}]}""");
        assertThat(quotas.status()).as(quotas.toString()).isEqualTo(200);
        var csv = new StringBuilder("name,email,gender\n");
        GENDER_BY_EMAIL.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> csv.append("Volunteer ")
                        .append(entry.getKey(), 0, 4)
                        .append(',')
                        .append(withAddresses ? entry.getKey() : "")
                        .append(',')
                        .append(entry.getValue())
                        .append('\n'));
        var pool = a.facilitator().send("PUT", draw + "/pool", "text/csv", csv.toString());
        assertThat(pool.status()).as(pool.toString()).isEqualTo(200);
        assertThat(a.facilitator().post(draw + "/run", "").status()).isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            Thread.sleep(200);
            status = a.facilitator().get(draw).json("$.status");
        } while (!status.equals("COMPLETED") && !status.equals("FAILED") && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("COMPLETED");
        return draw;
    }

    private ApiClient anonymous() {
        return ApiClient.at("http://127.0.0.1:" + port);
    }

    /** The addresses the commune's seat offers were announced to, for tenant-service to mail. */
    private List<String> offeredTo() {
        return events("seat.offered", "email");
    }

    /** The key the offer's email link carries, as its seat.offered event gave it to tenant-service. */
    private String keyOf(String offer) {
        return jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'key'
                        from outbox_event
                        where commune_id = ? and type = 'seat.offered'
                          and convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'offerId' = ?""").params(a.commune(), offer).query(String.class).single();
    }

    private List<String> events(String type, String field) {
        return jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> ?
                        from outbox_event
                        where commune_id = ? and type = ?
                        order by position""")
                .params(field, a.commune(), type)
                .query(String.class)
                .list();
    }

    /** Moves the offer's deadline to the past, as if its days to answer had gone by. */
    private void lapse(String offer) throws Exception {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var update = connection.prepareStatement(
                        "update seat_offer set deadline = now() - interval '1 minute' where id = ?::uuid")) {
            connection.setAutoCommit(false);
            bind.setString(1, a.commune().toString());
            bind.execute();
            update.setString(1, offer);
            assertThat(update.executeUpdate()).isEqualTo(1);
            connection.commit();
        }
    }
}
