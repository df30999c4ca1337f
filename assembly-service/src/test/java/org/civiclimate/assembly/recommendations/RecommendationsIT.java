package org.civiclimate.assembly.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recommendations through HTTP, on a real PostgreSQL, Kafka and Keycloak: drafted and amended, voted by the members
 * present, adopted once, answered once, followed up, and shown to anyone signed out on the public page and in the
 * open data; never to another commune.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class RecommendationsIT {

    /** A session held yesterday, local time. */
    private static final String HELD_SESSION = """
            {"kind": "%s", "title": "Séance", "startsAt": "%sT09:00", "endsAt": "%sT17:00",
             "place": "Maison communale"}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RecommendationService service;

    private SeatedAssembly a;
    private String recommendations;
    private String session;

    @BeforeEach
    void anAssemblyThatHeldAVoteSession() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        recommendations = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/recommendations";
        session = heldSession("VOTE");
    }

    @Test
    void aDraftAmendedByAMemberIsAdoptedByTheMembersPresentAndAnnouncedOnce() {
        var draft = a.citizen().post(recommendations, """
                {"topic": "Mobilité", "title": "Zones 30 autour des écoles", "body": "Toutes les rues scolaires en zone 30."}""");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.json("$.id");
        String one = recommendations + "/" + id;
        var amended = a.citizen().post(one + "/amendments", """
                {"body": "Toutes les rues scolaires en zone 30, contrôlée.", "rationale": "Sans contrôle, rien ne change.", "onVersion": 1}""");
        assertThat(amended.status()).as(amended.toString()).isEqualTo(201);
        String amendment = amended.json("$.amendments[0].id");
        assertThat(amended.<Boolean>json("$.amendments[0].yours")).isTrue();
        assertThat(a.citizen()
                        .post(one + "/amendments/" + amendment + "/decision", "{\"incorporate\": true}")
                        .status())
                .isEqualTo(403);
        var incorporated =
                a.facilitator().post(one + "/amendments/" + amendment + "/decision", "{\"incorporate\": true}");
        assertThat((Integer) incorporated.json("$.version")).isEqualTo(2);
        assertThat(incorporated.<String>json("$.body")).endsWith("contrôlée.");
        assertThat(incorporated.<List<Integer>>json("$.versions[*].version")).containsExactly(1, 2);

        var notPresentYet = a.facilitator().post(one + "/vote", "{\"sessionId\": \"" + session + "\"}");
        assertThat(notPresentYet.status()).as(notPresentYet.toString()).isEqualTo(200);
        assertThat(a.citizen()
                        .post(one + "/vote/ballots", "{\"choice\": \"FOR\"}")
                        .problem())
                .isEqualTo("not-a-voter");
        recordPresent(session);
        var voted = a.citizen().post(one + "/vote/ballots", "{\"choice\": \"FOR\"}");
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        assertThat(voted.<Boolean>json("$.vote.youVoted")).isTrue();
        assertThat(voted.<String>json("$.vote.yourChoice")).isEqualTo("FOR");
        assertThat((Object) voted.json("$.vote.result")).isNull();
        assertThat(a.citizen()
                        .post(one + "/vote/ballots", "{\"choice\": \"AGAINST\"}")
                        .problem())
                .isEqualTo("already-voted");

        var closed = a.facilitator().post(one + "/vote/closure", "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.<String>json("$.status")).isEqualTo("ADOPTED");
        assertThat((Integer) closed.json("$.vote.result.tally.votesFor")).isEqualTo(1);
        assertThat((Integer) closed.json("$.vote.result.seated")).isEqualTo(2);
        assertThat(closed.<List<String>>json("$.vote.voters[*].choice")).containsExactly("FOR");
        assertThat(closed.<String>json("$.responseDueOn"))
                .isEqualTo(today().plusMonths(3).toString());
        assertThat(a.facilitator().post(one + "/vote/closure", "").status()).isEqualTo(200);
        assertThat(a.citizen()
                        .post(one + "/vote/ballots", "{\"choice\": \"FOR\"}")
                        .problem())
                .isEqualTo("vote-not-open");
        assertThat(events("recommendation.adopted")).containsExactly(id);
        assertThat(a.citizen().get(one).<List<Object>>json("$.vote.voters")).isEmpty();
    }

    @Test
    void aSecretVoteKeepsWhoVotedApartFromHowAndOneMemberVotesOnceHoweverConcurrent() throws Exception {
        assertThat(a.facilitator()
                        .send("PUT", votingRule(), "application/json", """
                                {"secrecy": "SECRET", "quorumPercent": 100, "threshold": "TWO_THIRDS", "responseMonths": 2}""")
                        .status())
                .isEqualTo(200);
        String one = adoptable();
        recordPresent(session);
        a.facilitator().post(one + "/vote", "{\"sessionId\": \"" + session + "\"}");
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 4; i++) {
            tasks.add(() -> a.citizen()
                    .post(one + "/vote/ballots", "{\"choice\": \"AGAINST\"}")
                    .status());
        }
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> status : pool.invokeAll(tasks)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409, 409);
        String recommendation = one.substring(one.lastIndexOf('/') + 1);
        CommuneContext.runAs(
                new CommuneId(a.commune()),
                () -> transactions.executeWithoutResult(_ -> {
                    assertThat(jdbc.sql("select choice from vote_voter where recommendation_id = ?::uuid")
                                    .param(recommendation)
                                    .query(String.class)
                                    .list())
                            .containsExactly((String) null);
                    assertThat(jdbc.sql("select count(*) from vote_ballot where recommendation_id = ?::uuid")
                                    .param(recommendation)
                                    .query(Integer.class)
                                    .single())
                            .isEqualTo(1);
                }));

        var closed = a.facilitator().post(one + "/vote/closure", "");
        // One ballot of two seats: the 100% quorum is not met.
        assertThat(closed.<String>json("$.status")).isEqualTo("NOT_ADOPTED");
        assertThat(closed.<Boolean>json("$.vote.result.quorumMet")).isFalse();
        assertThat(closed.<List<Object>>json("$.vote.voters[*].choice")).containsExactly((Object) null);
        assertThat(events("recommendation.adopted")).isEmpty();
    }

    @Test
    void theCommuneAnswersOnceWithAJustificationFollowsUpAndTheReviewAssessesIt() throws Exception {
        String one = adopted();
        var unjustified = a.facilitator().post(one + "/answer", "{\"decision\": \"PARTIALLY_ACCEPTED\"}");
        assertThat(unjustified.status()).isEqualTo(400);
        assertThat(unjustified.<List<String>>json("$.errors[*].field")).containsExactly("justification");
        assertThat(a.citizen()
                        .post(one + "/answer", "{\"decision\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(403);
        var answered = a.facilitator().post(one + "/answer", """
                {"decision": "PARTIALLY_ACCEPTED", "justification": "Zone 30 oui; contrôles selon le budget 2027."}""");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.<Boolean>json("$.answer.late")).isFalse();
        assertThat(a.facilitator()
                        .post(one + "/answer", "{\"decision\": \"ACCEPTED\"}")
                        .problem())
                .isEqualTo("already-answered");

        var notDone = a.facilitator().post(one + "/follow-ups", followUp("DONE", 50, today()));
        assertThat(notDone.<List<String>>json("$.errors[*].field")).containsExactly("progress");
        var future = a.facilitator().post(one + "/follow-ups", followUp("IN_PROGRESS", 40, today().plusDays(2)));
        assertThat(future.<List<String>>json("$.errors[*].field")).containsExactly("on");
        var moved = a.facilitator().post(one + "/follow-ups", followUp("IN_PROGRESS", 40, today()));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat((Integer) moved.json("$.followUps[0].progress")).isEqualTo(40);

        String review = heldSession("FOLLOW_UP_REVIEW");
        var notAReview = a.facilitator().post(one + "/assessments", assessment(session, "SATISFIED"));
        assertThat(notAReview.<List<String>>json("$.errors[*].field")).containsExactly("sessionId");
        a.facilitator().post(one + "/assessments", assessment(review, "NOT_SATISFIED"));
        var assessed = a.facilitator().post(one + "/assessments", assessment(review, "PARTLY_SATISFIED"));
        assertThat(assessed.<List<String>>json("$.assessments[*].verdict")).containsExactly("PARTLY_SATISFIED");

        String id = one.substring(one.lastIndexOf('/') + 1);
        assertThat(events("response.published")).containsExactly(id);
        assertThat(events("follow-up.updated")).containsExactly(id);

        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        String publicPage = "/api/public/communes/" + a.slug() + "/assembly/recommendations";
        var page = anonymous.get(publicPage + "?answer=PARTIALLY_ACCEPTED&q=ZONES");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.<List<String>>json("$.items[*].id")).containsExactly(id);
        assertThat(page.<String>json("$.items[0].answer.justification")).startsWith("Zone 30 oui");
        assertThat(page.<String>json("$.items[0].assessment.verdict")).isEqualTo("PARTLY_SATISFIED");
        assertThat(page.body()).doesNotContain("Person ");
        assertThat(anonymous.get(publicPage + "?answer=UNANSWERED").<Integer>json("$.total"))
                .isZero();
        assertThat(anonymous.get(publicPage + "?q=%25").<Integer>json("$.total"))
                .isZero();
        assertThat(anonymous.get(publicPage + "/" + id).<String>json("$.followUps[0].department"))
                .isEqualTo("Mobilité");
        var csv = anonymous.get("/api/public/communes/" + a.slug() + "/assembly/open-data/recommendations.csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).startsWith("\uFEFFid,assembly,topic,title,body,adopted_on");
        var json = anonymous.get("/api/public/communes/" + a.slug() + "/assembly/open-data/recommendations.json");
        assertThat(json.<String>json("$[0].decision")).isEqualTo("PARTIALLY_ACCEPTED");
        assertThat(anonymous
                        .get("/api/public/communes/" + a.otherSlug() + "/assembly/recommendations/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFollowUpReviewConvenesTheMembersWhoMadeTheRecommendationsWhetherOrNotTheyStillSit() {
        adopted();
        String mandates = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/mandates";
        List<String> citizens = a.facilitator().get(mandates).json("$[?(@.userId == '" + a.citizenId() + "')].id");
        var withdrawn = a.facilitator()
                .post(mandates + "/" + citizens.getFirst() + "/withdrawal", "{\"reason\": \"Moved away\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        var newcomer = a.facilitator()
                .post(
                        mandates,
                        "{\"userId\": \"person-2\", \"name\": \"Person person-2\", \"seat\": 3, \"startsOn\": \"%s\"}"
                                .formatted(today()));
        assertThat(newcomer.status()).as(newcomer.toString()).isEqualTo(201);

        String review = upcomingSession("FOLLOW_UP_REVIEW");
        var convened = a.facilitator().post(a.sessions() + "/" + review + "/convocation", "");
        assertThat(convened.status()).as(convened.toString()).isEqualTo(200);
        assertThat((Integer) convened.json("$.newlyConvened")).isEqualTo(3);
        assertThat(a.facilitator()
                        .get(a.sessions() + "/" + review + "/convocations")
                        .<List<String>>json("$[*].userId"))
                .containsExactlyInAnyOrder(a.citizenId(), "person-1", "person-2");
        var day = today().plusDays(1);
        var retyped = a.facilitator()
                .send(
                        "PUT",
                        a.sessions() + "/" + review,
                        "application/json",
                        HELD_SESSION.formatted("DELIBERATION", day, day));
        assertThat(retyped.<List<String>>json("$.errors[*].field"))
                .as("whom it convened follows from its kind")
                .containsExactly("kind");
        String deliberation = upcomingSession("DELIBERATION");
        assertThat((Integer) a.facilitator()
                        .post(a.sessions() + "/" + deliberation + "/convocation", "")
                        .json("$.newlyConvened"))
                .as("only the members seated on its day")
                .isEqualTo(2);

        // The former member answers their convocation, and the review's attendance sheet has their line.
        var confirmed = a.citizen()
                .send(
                        "PUT",
                        a.sessions() + "/" + review + "/convocations/mine",
                        "application/json",
                        "{\"response\": \"CONFIRMED\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(a.facilitator()
                        .get(a.sessions() + "/" + review + "/attendance")
                        .<List<String>>json("$[*].userId"))
                .containsExactlyInAnyOrder(a.citizenId(), "person-1", "person-2");
        assertThat(a.facilitator()
                        .get(a.sessions() + "/" + deliberation + "/attendance")
                        .<List<String>>json("$[*].userId"))
                .containsExactlyInAnyOrder("person-1", "person-2");
    }

    @Test
    void anotherCommuneSeesNoneOfItAndBadBodiesNameTheirFields() {
        String one = adoptable();
        String theirs = one.replace("/communes/" + a.slug() + "/", "/communes/" + a.otherSlug() + "/");
        assertThat(a.otherAdmin().get(theirs).status()).isEqualTo(404);
        assertThat(a.otherAdmin().get(one).status()).isEqualTo(403);
        assertThat(a.otherAdmin()
                        .post(theirs + "/vote", "{\"sessionId\": \"" + session + "\"}")
                        .status())
                .isEqualTo(404);

        String mine = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/mandates/mine";
        assertThat((Integer) a.citizen().get(mine).json("$.seat")).isEqualTo(1);
        assertThat(a.facilitator().get(mine).status()).isEqualTo(404);

        var bad = a.citizen().post(recommendations, "{\"topic\": \"\", \"title\": \"a\\nb\", \"body\": \"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("topic", "title", "body");
        var wrongSession =
                a.facilitator().post(one + "/vote", "{\"sessionId\": \"" + java.util.UUID.randomUUID() + "\"}");
        assertThat(wrongSession.<List<String>>json("$.errors[*].field")).containsExactly("sessionId");
        var noChoice = a.citizen().post(one + "/vote/ballots", "{\"choice\": \"MAYBE\"}");
        assertThat(noChoice.status()).isEqualTo(400);
        var rule = a.facilitator().send("PUT", votingRule(), "application/json", """
                {"secrecy": "NAMED", "quorumPercent": 101, "threshold": "HALF", "responseMonths": 0}""");
        assertThat(rule.status()).isEqualTo(400);
        var stale = a.facilitator().send("PUT", one, "application/json", """
                {"title": "Autre", "body": "Autre texte", "editing": 7}""");
        assertThat(stale.problem()).isEqualTo("recommendation-changed");
        assertThat(a.facilitator().get(one).<Integer>json("$.version")).isEqualTo(1);
    }

    @Test
    void anyoneSignedInFollowsAnAdoptedRecommendationAndIsNamedInItsNoticesOnceOverdueAnnouncedOnce() {
        String one = adopted();
        String id = one.substring(one.lastIndexOf('/') + 1);
        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        String following = "/api/public/communes/" + a.slug() + "/assembly/recommendations/" + id + "/following";
        assertThat(anonymous.get(following).<Boolean>json("$.following")).isFalse();
        assertThat(anonymous.send("PUT", following, null, "").status()).isEqualTo(401);
        // Someone of another commune follows it too: the public account is everyone's.
        assertThat(a.otherAdmin().send("PUT", following, null, "").<Integer>json("$.followers"))
                .isEqualTo(1);
        var followed = a.citizen().send("PUT", following, null, "");
        assertThat(followed.<Boolean>json("$.following")).isTrue();
        assertThat(a.citizen().send("PUT", following, null, "").<Integer>json("$.followers"))
                .isEqualTo(2);
        assertThat(a.otherAdmin().send("DELETE", following, null, "").<Integer>json("$.followers"))
                .isEqualTo(1);

        // Its due day passed unanswered: announced overdue once, however often the schedule runs.
        CommuneContext.runAs(
                new CommuneId(a.commune()),
                () -> transactions.executeWithoutResult(
                        _ -> jdbc.sql("update recommendation set response_due_on = current_date - 2 where id = ?::uuid")
                                .param(id)
                                .update()));
        var commune = new CommuneId(a.commune());
        assertThat(CommuneContext.callAs(commune, () -> service.announceOverdue(10)))
                .isEqualTo(1);
        assertThat(CommuneContext.callAs(commune, () -> service.announceOverdue(10)))
                .isZero();
        assertThat(events("response.overdue")).containsExactly(id);
        assertThat(a.facilitator().get(one).<Boolean>json("$.overdue")).isTrue();
        assertThat(anonymous
                        .get("/api/public/communes/" + a.slug() + "/assembly/recommendations?overdue=true")
                        .<List<String>>json("$.items[*].id"))
                .containsExactly(id);

        a.facilitator().post(one + "/answer", "{\"decision\": \"ACCEPTED\"}");
        assertThat(jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'followerIds' from outbox_event
                         where commune_id = ? and type = 'response.published'""").param(a.commune()).query(String.class).single())
                .contains(a.citizenId());
        assertThat(a.facilitator().get(one).<Boolean>json("$.overdue")).isFalse();
        assertThat(a.facilitator().get(one).<Boolean>json("$.answer.late")).isTrue();
    }

    @Test
    void anErasedMembersBallotsAndAmendmentsKeepCountingUnderAPseudonymAndTheirFollowsGo() {
        String one = adopted();
        String id = one.substring(one.lastIndexOf('/') + 1);
        a.citizen()
                .send(
                        "PUT",
                        "/api/public/communes/" + a.slug() + "/assembly/recommendations/" + id + "/following",
                        null,
                        "");
        var draft = a.citizen().post(recommendations, """
                {"topic": "Énergie", "title": "Toitures solaires", "body": "Sur chaque école."}""");
        a.citizen().post(recommendations + "/" + draft.json("$.id") + "/amendments", """
                {"body": "Sur chaque bâtiment public.", "rationale": "Plus large.", "onVersion": 1}""");

        CommuneContext.runAs(new CommuneId(a.commune()), () -> service.erase(a.citizenId()));

        var closed = a.facilitator().get(one);
        assertThat(closed.<List<String>>json("$.vote.voters[*].name")).containsExactly("—");
        assertThat((Integer) closed.json("$.vote.result.tally.votesFor")).isEqualTo(1);
        assertThat(a.facilitator()
                        .get(recommendations + "/" + draft.json("$.id"))
                        .<List<String>>json("$.amendments[*].proposerName"))
                .containsExactly("—");
        CommuneContext.runAs(
                new CommuneId(a.commune()),
                () -> transactions.executeWithoutResult(_ -> {
                    assertThat(jdbc.sql("select count(*) from recommendation_follow")
                                    .query(Integer.class)
                                    .single())
                            .isZero();
                    assertThat(jdbc.sql("""
                            select count(*) from recommendation r join vote_voter v on v.recommendation_id = r.id
                             where v.user_id = ? or r.created_by = ?""")
                                    .param(a.citizenId())
                                    .param(a.citizenId())
                                    .query(Integer.class)
                                    .single())
                            .isZero();
                }));
    }

    private String votingRule() {
        return "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/voting-rule";
    }

    private String adoptable() {
        var draft = a.facilitator().post(recommendations, """
                {"topic": "Mobilité", "title": "Zones 30 autour des écoles", "body": "Toutes les rues scolaires."}""");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        return recommendations + "/" + draft.json("$.id");
    }

    private String adopted() {
        String one = adoptable();
        recordPresent(session);
        a.facilitator().post(one + "/vote", "{\"sessionId\": \"" + session + "\"}");
        a.citizen().post(one + "/vote/ballots", "{\"choice\": \"FOR\"}");
        assertThat(a.facilitator().post(one + "/vote/closure", "").<String>json("$.status"))
                .isEqualTo("ADOPTED");
        return one;
    }

    private String heldSession(String kind) {
        var day = today().minusDays(1);
        var created = a.facilitator().post(a.sessions(), HELD_SESSION.formatted(kind, day, day));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    /** A session tomorrow, local time. */
    private String upcomingSession(String kind) {
        var day = today().plusDays(1);
        var created = a.facilitator().post(a.sessions(), HELD_SESSION.formatted(kind, day, day));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    private void recordPresent(String sessionId) {
        var sheet = a.facilitator().post(a.sessions() + "/" + sessionId + "/attendance", """
                {"entries": [{"userId": "%s", "status": "PRESENT"}, {"userId": "person-1", "status": "ABSENT"}]}""".formatted(a.citizenId()));
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
    }

    private static String followUp(String status, int progress, LocalDate on) {
        return """
                {"status": "%s", "progress": %d, "note": "Rue de l'École faite", "on": "%s", "department": "Mobilité"}""".formatted(status, progress, on);
    }

    private static String assessment(String session, String verdict) {
        return "{\"sessionId\": \"%s\", \"verdict\": \"%s\", \"comment\": \"Les contrôles manquent.\"}"
                .formatted(session, verdict);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    private List<String> events(String type) {
        return jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'recommendationId' from outbox_event
                         where commune_id = ? and type = ?""").param(a.commune()).param(type).query(String.class).list();
    }
}
