package org.civiclimate.assembly.assemblies;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.civiclimate.assembly.KnownCommunes;
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

/** Assemblies and their seats through HTTP, with real tokens, a real database and the outbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class AssembliesIT {

    private static final String OSTBELGIEN = """
            {"name": "Bürgerrat", "kind": "PERMANENT_COUNCIL", "seats": 24, "mandateMonths": 18, "cohorts": 3,
             "firstSittingOn": "2020-01-15", "topics": ["Energie", "Mobilität"]}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MandateSchedule schedule;

    @Autowired
    TransactionTemplate transactions;

    private final UUID commune = UUID.randomUUID();
    private final String slug = "as-" + commune.toString().substring(0, 8);
    private final UUID otherCommune = UUID.randomUUID();
    private final String otherSlug = "ot-" + otherCommune.toString().substring(0, 8);
    private ApiClient facilitator;
    private ApiClient citizen;
    private ApiClient otherAdmin;
    private String citizenId;

    @BeforeEach
    void twoCommunesWithTheirStaffAsTenantServiceAnnouncedThem() throws SQLException {
        var facilitatorToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_FACILITATOR);
        var citizenToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN);
        var otherToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_OTHER_ADMIN);
        citizenId = TestTokens.subjectOf(citizenToken);
        var members = new ArrayList<String[]>();
        members.add(new String[] {TestTokens.subjectOf(facilitatorToken), "FACILITATOR"});
        for (String person : List.of(citizenId, "someone-else", "person-0", "person-1", "person-2", "person-3")) {
            members.add(new String[] {person, "CITIZEN"});
        }
        members.add(new String[] {"person-4", "CITIZEN"});
        members.add(new String[] {"person-5", "CITIZEN"});
        KnownCommunes.know(dataSource, commune, slug, members);
        KnownCommunes.know(dataSource, otherCommune, otherSlug, List.<String[]>of(new String[] {
            TestTokens.subjectOf(otherToken), "ADMIN"
        }));
        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        facilitator = anonymous.withToken(facilitatorToken);
        citizen = anonymous.withToken(citizenToken);
        otherAdmin = anonymous.withToken(otherToken);
    }

    @Test
    void staffCreateAnAssemblySeatAMemberAndWithdrawThemAnnouncingEachChange() {
        var created = facilitator.post(assemblies(), OSTBELGIEN);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat((List<String>) created.json("$.topics")).containsExactly("Energie", "Mobilität");
        assertThat(citizen.get(assemblies()).<List<String>>json("$[*].name")).containsExactly("Bürgerrat");

        var seated = facilitator.post(mandates(id), seat(citizenId, 10, "2026-05-02"));
        assertThat(seated.status()).as(seated.toString()).isEqualTo(201);
        assertThat((Integer) seated.json("$.cohort")).isEqualTo(2);
        assertThat((String) seated.json("$.endsOn")).isEqualTo("2027-01-15");
        assertThat((String) seated.json("$.chosenBy")).isEqualTo("BY_HAND");
        assertThat(announcements(citizenId)).containsExactly(true);

        assertThat(facilitator
                        .post(mandates(id), seat("someone-else", 10, null))
                        .problem())
                .isEqualTo("seat-taken");
        assertThat(facilitator.post(mandates(id), seat(citizenId, 11, null)).problem())
                .isEqualTo("already-seated");
        assertThat(citizen.get(assemblies() + "/" + id).<Integer>json("$.activeMandates"))
                .isEqualTo(1);
        var plan = citizen.get(assemblies() + "/" + id + "/rotation-plan");
        assertThat((List<Integer>) plan.json("$.vacantSeats")).hasSize(23).doesNotContain(10);
        assertThat(citizen.get(mandates(id)).status()).isEqualTo(403);

        String mandate = seated.json("$.id");
        var withdrawn = facilitator.post(mandates(id) + "/" + mandate + "/withdrawal", "{\"reason\": \"Moved away\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat((String) withdrawn.json("$.status")).isEqualTo("WITHDRAWN");
        assertThat(facilitator
                        .post(mandates(id) + "/" + mandate + "/withdrawal", "{\"reason\": \"again\"}")
                        .problem())
                .isEqualTo("mandate-ended");
        assertThat(announcements(citizenId)).containsExactly(true, false);
        assertThat(facilitator.get(mandates(id) + "?status=ACTIVE").<List<Object>>json("$"))
                .isEmpty();
    }

    @Test
    void anImportedListSeatsEveryoneOrNobodyNamingEachBadRowAndImportingItAgainChangesNothing() {
        String id = facilitator.post(assemblies(), OSTBELGIEN).json("$.id");
        String list = "{\"mandates\": [" + seat("person-0", 1, "2026-01-15") + ", " + seat("person-1", 2, null) + ", "
                + seat("person-2", 3, null) + "]}";

        var bad = facilitator.post(
                mandates(id) + "/import",
                "{\"mandates\": [" + seat("person-0", 1, null) + ", " + seat("person-1", 1, null) + ", "
                        + seat("stranger", 30, null) + ", " + seat("person-0", 4, null) + "]}");
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.<List<String>>json("$.errors[*].field"))
                .containsExactlyInAnyOrder(
                        "mandates[1].seat", "mandates[2].seat", "mandates[2].userId", "mandates[3].userId");
        assertThat(count("mandate")).as("nobody seated").isZero();
        var noSeat = facilitator.post(
                mandates(id) + "/import",
                "{\"mandates\": [{\"userId\": \"person-0\", \"name\": \"A\"}, {\"userId\": \"\", \"name\": \"B\", \"seat\": 0},"
                        + " {\"userId\": \"\", \"name\": \"C\", \"seat\": 0}, null]}");
        assertThat(noSeat.status()).as(noSeat.toString()).isEqualTo(400);
        assertThat(noSeat.<List<Object>>json("$.errors[?(@.code == 'duplicate')]"))
                .as("faulty rows are not compared")
                .isEmpty();
        assertThat(noSeat.<List<String>>json("$.errors[*].field"))
                .as("each row's own faults")
                .containsOnly(
                        "mandates[0].seat",
                        "mandates[1].seat",
                        "mandates[1].userId",
                        "mandates[2].seat",
                        "mandates[2].userId",
                        "mandates[3]");
        assertThat(citizen.post(mandates(id) + "/import", list).status()).isEqualTo(403);
        assertThat(otherAdmin
                        .post("/api/communes/" + otherSlug + "/assembly/assemblies/" + id + "/mandates/import", list)
                        .status())
                .isEqualTo(404);

        var imported = facilitator.post(mandates(id) + "/import", list);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat((Integer) imported.json("$.seated")).isEqualTo(3);
        assertThat(imported.<List<String>>json("$.mandates[*].chosenBy")).containsOnly("IMPORTED");
        assertThat(imported.<String>json("$.mandates[0].startsOn")).isEqualTo("2026-01-15");
        assertThat(announcements("person-2")).containsExactly(true);

        var again = facilitator.post(mandates(id) + "/import", list);
        assertThat((Integer) again.json("$.seated")).isZero();
        assertThat((Integer) again.json("$.unchanged")).isEqualTo(3);
        assertThat(count("mandate")).isEqualTo(3);
        assertThat(announcements("person-2")).containsExactly(true);

        var moved = facilitator.post(mandates(id) + "/import", "{\"mandates\": [" + seat("person-1", 5, null) + "]}");
        assertThat(moved.<List<String>>json("$.errors[*].field")).containsExactly("mandates[0].userId");
        assertThat(facilitator
                        .post(mandates(id) + "/import", "{\"mandates\": []}")
                        .<List<String>>json("$.errors[*].field"))
                .containsExactly("mandates");
    }

    @Test
    void onlyStaffCreateAndSeat() {
        assertThat(citizen.post(assemblies(), OSTBELGIEN).status()).isEqualTo(403);
        String id = facilitator.post(assemblies(), OSTBELGIEN).json("$.id");
        assertThat(citizen.post(mandates(id), seat(citizenId, 1, null)).status())
                .isEqualTo(403);
        assertThat(count("mandate")).isZero();
    }

    @Test
    void namesEveryBadFieldAtOnceAndWritesNothing() {
        var refused = facilitator.post(assemblies(), """
                {"name": "", "kind": "PARLIAMENT", "seats": 2, "mandateMonths": 18, "cohorts": 3, "topics": ["a\\nb"]}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat((List<String>) refused.json("$.errors[*].field")).containsExactly("kind");

        var incoherent = facilitator.post(assemblies(), """
                {"name": "X", "kind": "TOPICAL_PANEL", "seats": 2, "mandateMonths": 18, "cohorts": 3,
                 "firstSittingOn": "2026-01-01", "topics": ["ok", "a\\nb"]}""");
        assertThat(incoherent.status()).isEqualTo(400);
        assertThat((List<String>) incoherent.json("$.errors[*].field")).contains("cohorts", "topics[1]");
        assertThat(count("assembly")).isZero();

        String id = facilitator.post(assemblies(), OSTBELGIEN).json("$.id");
        var badSeat = facilitator.post(mandates(id), seat(citizenId, 25, "2019-01-01"));
        assertThat(badSeat.status()).isEqualTo(400);
        assertThat((List<String>) badSeat.json("$.errors[*].field")).containsExactlyInAnyOrder("seat", "startsOn");
        assertThat(facilitator
                        .post(mandates(id), "{\"userId\": \"../x\", \"seat\": \"one\"}")
                        .status())
                .isEqualTo(400);
        var stranger = facilitator.post(mandates(id), seat("not-a-member", 1, null));
        assertThat((List<String>) stranger.json("$.errors[*].code")).containsExactly("not-found");
        assertThat(count("mandate")).isZero();
    }

    @Test
    void anotherCommunesAssemblyIsNotFoundThere() {
        String id = facilitator.post(assemblies(), OSTBELGIEN).json("$.id");
        String other = "/api/communes/" + otherSlug + "/assembly/assemblies/" + id;

        assertThat(otherAdmin.get(other).status()).isEqualTo(404);
        assertThat(otherAdmin.get(other + "/rotation-plan").status()).isEqualTo(404);
        assertThat(otherAdmin
                        .post(other + "/mandates", seat(citizenId, 1, null))
                        .status())
                .isEqualTo(404);
        assertThat(otherAdmin
                        .get("/api/communes/" + otherSlug + "/assembly/assemblies")
                        .<List<Object>>json("$"))
                .isEmpty();
        assertThat(otherAdmin.get(assemblies()).status()).isEqualTo(403);
    }

    @Test
    void twoStaffSeatingTheSameSeatAtOnceSeatOnePerson() throws Exception {
        String id = facilitator.post(assemblies(), OSTBELGIEN).json("$.id");
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 6; i++) {
            String person = "person-" + i;
            tasks.add(
                    () -> facilitator.post(mandates(id), seat(person, 7, null)).status());
        }
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<Integer> status : pool.invokeAll(tasks)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(count("mandate")).isEqualTo(1);
    }

    @Test
    void mandatesEndOnScheduleAndTheMemberIsUnseated() {
        String id = facilitator.post(assemblies(), OSTBELGIEN).json("$.id");
        // Seated at the first sitting in cohort 1: the mandate ended on 2020-07-15.
        String mandate =
                facilitator.post(mandates(id), seat(citizenId, 1, "2020-01-15")).json("$.id");

        schedule.endDueMandates();

        var ended = facilitator.get(mandates(id)).<List<String>>json("$[?(@.id == '" + mandate + "')].status");
        assertThat(ended).containsExactly("ENDED");
        assertThat(facilitator.get(mandates(id)).<List<String>>json("$[*].endedOn"))
                .containsExactly("2020-07-15");
        assertThat(announcements(citizenId)).containsExactly(true, false);
    }

    private List<Boolean> announcements(String userId) {
        return jdbc.sql("""
                        select (convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'seated')::boolean
                        from outbox_event
                        where commune_id = ? and type = 'mandate.changed'
                          and convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'userId' = ?
                        order by position""").params(commune, userId).query(Boolean.class).list();
    }

    private int count(String table) {
        // Bound to the commune, as row-level security requires: unbound, every count would be a vacuous zero.
        return CommuneContext.callAs(
                new CommuneId(commune),
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from " + table)
                        .query(Integer.class)
                        .single()));
    }

    private static String seat(String userId, int seat, String startsOn) {
        return "{\"userId\": \"" + userId + "\", \"name\": \"Person " + userId + "\", \"seat\": " + seat
                + (startsOn == null ? "" : ", \"startsOn\": \"" + startsOn + "\"") + "}";
    }

    private String assemblies() {
        return "/api/communes/" + slug + "/assembly/assemblies";
    }

    private String mandates(String assembly) {
        return assemblies() + "/" + assembly + "/mandates";
    }
}
