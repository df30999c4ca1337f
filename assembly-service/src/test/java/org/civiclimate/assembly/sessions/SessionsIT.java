package org.civiclimate.assembly.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions, convocations and calendar files through HTTP, with real tokens, a real database and the outbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class SessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private SeatedAssembly a;

    @BeforeEach
    void anAssemblyWithTwoSeatedMembers() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
    }

    @Test
    void staffPlanASessionInTheCommunesTimeAndMembersReadIt() {
        var created = a.facilitator().post(a.sessions(), SeatedAssembly.session(10));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat((String) created.json("$.zone")).isEqualTo("Europe/Brussels");
        assertThat((String) created.json("$.startsAt")).matches(".*T19:00:00\\+0[12]:00");
        assertThat((Integer) created.json("$.halfDays")).isEqualTo(1);
        assertThat((List<String>) created.json("$.guests[*].organisation")).containsExactly("UCLouvain");

        assertThat(a.citizen().get(a.sessions()).<List<String>>json("$[*].id")).containsExactly(id);
        assertThat(a.citizen().post(a.sessions(), SeatedAssembly.session(3)).status())
                .isEqualTo(403);
        assertThat(a.otherAdmin().get(a.otherSessions()).status()).isEqualTo(404);
        assertThat(a.otherAdmin().get(a.otherSessions() + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void conveningTwiceConvenesAndAnnouncesEachMemberOnce() {
        String id =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(10)).json("$.id");

        var first = a.facilitator().post(a.sessions() + "/" + id + "/convocation", "");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat((Integer) first.json("$.newlyConvened")).isEqualTo(2);
        var again = a.facilitator().post(a.sessions() + "/" + id + "/convocation", "");
        assertThat((Integer) again.json("$.newlyConvened")).isZero();
        assertThat((Integer) again.json("$.convened")).isEqualTo(2);

        assertThat(jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' -> 'userIds' from outbox_event
                         where commune_id = ? and type = 'session.convened'""").param(a.commune()).query(String.class).list())
                .hasSize(1)
                .allSatisfy(ids -> assertThat(ids).contains(a.citizenId(), "person-1"));
        assertThat(a.citizen()
                        .post(a.sessions() + "/" + id + "/convocation", "")
                        .status())
                .isEqualTo(403);
        assertThat(a.otherAdmin()
                        .post(a.otherSessions() + "/" + id + "/convocation", "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theConvenedAreToldOfEachChangeTheyWouldReadAndOfTheCancellationOnce() {
        String id =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(10)).json("$.id");
        String one = a.sessions() + "/" + id;
        assertThat(a.facilitator()
                        .send("PUT", one, "application/json", SeatedAssembly.session(12))
                        .status())
                .isEqualTo(200);
        assertThat(changes(id)).as("nobody convened yet").isEmpty();
        a.facilitator().post(one + "/convocation", "");

        var agendaOnly = SeatedAssembly.session(12).replace("Accueil", "Bienvenue");
        assertThat(a.facilitator()
                        .send("PUT", one, "application/json", agendaOnly)
                        .status())
                .isEqualTo(200);
        assertThat(changes(id)).as("the agenda is not in the convocation").isEmpty();
        var moved = a.facilitator().send("PUT", one, "application/json", SeatedAssembly.session(11));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(a.facilitator().post(one + "/cancellation", "").status()).isEqualTo(200);
        assertThat(a.facilitator().post(one + "/cancellation", "").status()).isEqualTo(200);

        var changes = changes(id);
        assertThat(changes).hasSize(2);
        assertThat(changes).allSatisfy(change -> assertThat(change).contains(a.citizenId(), "person-1", "séance 11"));
        assertThat(changes.get(0)).contains("\"cancelled\": false", "T19:00:00+01:00");
        assertThat(changes.get(1)).contains("\"cancelled\": true");
    }

    /** The session's session.changed events, oldest first, as their data's JSON. */
    private List<String> changes(String session) {
        return jdbc.sql("""
                        select (convert_from(envelope, 'UTF8')::jsonb -> 'data')::text from outbox_event
                         where commune_id = ? and type = 'session.changed'
                           and convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'sessionId' = ?
                         order by position""")
                .param(a.commune())
                .param(session)
                .query(String.class)
                .list();
    }

    @Test
    void aConvenedMemberConfirmsOrExcusesThemselvesAndStaffSeeTheAnswers() {
        String id =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(10)).json("$.id");
        String mine = a.sessions() + "/" + id + "/convocations/mine";
        assertThat(a.citizen()
                        .send("PUT", mine, "application/json", "{\"response\": \"CONFIRMED\"}")
                        .status())
                .isEqualTo(404);
        a.facilitator().post(a.sessions() + "/" + id + "/convocation", "");

        var excused = a.citizen().send("PUT", mine, "application/json", """
                {"response": "EXCUSED", "note": "Malade"}""");
        assertThat(excused.status()).as(excused.toString()).isEqualTo(200);
        assertThat(a.citizen()
                        .send("PUT", mine, "application/json", "{\"response\": \"PENDING\"}")
                        .problem())
                .isEqualTo("invalid-request");

        assertThat(a.citizen().get(a.sessions() + "/" + id).<String>json("$.myResponse"))
                .isEqualTo("EXCUSED");
        assertThat(a.citizen().get(a.sessions() + "/" + id).<Integer>json("$.convocations.excused"))
                .isEqualTo(1);
        var answers = a.facilitator().get(a.sessions() + "/" + id + "/convocations");
        assertThat(answers.<List<String>>json("$[?(@.response == 'EXCUSED')].note"))
                .containsExactly("Malade");
        assertThat(a.citizen().get(a.sessions() + "/" + id + "/convocations").status())
                .isEqualTo(403);
    }

    @Test
    void namesEveryBadFieldAtOnceAndWritesNothing() {
        var refused = a.facilitator().post(a.sessions(), """
                {"kind": "PARTY", "title": "", "startsAt": "2027-03-28T02:30", "endsAt": "2027-03-28T01:00",
                 "onlineLink": "javascript:alert(1)"}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat((List<String>) refused.json("$.errors[*].field")).contains("kind");

        var incoherent = a.facilitator().post(a.sessions(), """
                {"kind": "VOTE", "title": "Vote", "startsAt": "2027-03-28T02:30", "endsAt": "2027-03-28T01:00",
                 "onlineLink": "javascript:alert(1)", "agenda": ["ok", "a\\nb"], "guests": [{"name": ""}]}""");
        assertThat(incoherent.status()).as(incoherent.toString()).isEqualTo(400);
        assertThat((List<String>) incoherent.json("$.errors[*].field"))
                .contains("startsAt", "onlineLink", "agenda[1]", "guests[0].name");
        var nowhere = a.facilitator().post(a.sessions(), """
                {"kind": "VOTE", "title": "Vote", "startsAt": "2027-03-20T19:00", "endsAt": "2027-03-20T18:00"}""");
        assertThat((List<String>) nowhere.json("$.errors[*].field")).containsExactlyInAnyOrder("endsAt", "place");
        assertThat(a.facilitator().get(a.sessions()).<List<Object>>json("$")).isEmpty();
    }

    @Test
    void aPastOrCancelledSessionIsNeitherConvenedNorChanged() {
        String past =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(-2)).json("$.id");
        assertThat(a.facilitator()
                        .post(a.sessions() + "/" + past + "/convocation", "")
                        .problem())
                .isEqualTo("session-past");

        String id =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(5)).json("$.id");
        var cancelled = a.facilitator().post(a.sessions() + "/" + id + "/cancellation", "");
        assertThat((String) cancelled.json("$.status")).isEqualTo("CANCELLED");
        assertThat(a.facilitator()
                        .post(a.sessions() + "/" + id + "/convocation", "")
                        .problem())
                .isEqualTo("session-cancelled");
        assertThat(a.facilitator()
                        .send("PUT", a.sessions() + "/" + id, "application/json", SeatedAssembly.session(6))
                        .problem())
                .isEqualTo("session-cancelled");
    }

    @Test
    void theCalendarFileNamesTheSessionInUtcWithItsPlace() {
        String id =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(10)).json("$.id");

        var ics = a.citizen().get(a.sessions() + "/" + id + "/calendar.ics");

        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("UID:" + id + "@civiclimate.org\r\n")
                .containsPattern("DTSTART:\\d{8}T1[78]0000Z\r\n")
                .contains("LOCATION:Maison communale\\, salle du conseil\r\n")
                .contains("Plan vélo\\; débat\\, vote");
        assertThat(a.otherAdmin()
                        .get(a.otherSessions() + "/" + id + "/calendar.ics")
                        .status())
                .isEqualTo(404);
    }
}
