package org.civiclimate.assembly.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Attendance through HTTP: recorded once, corrected with its history, each version announced once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class AttendanceIT {

    /** A Saturday workshop of yesterday, 09:00 to 17:00: two half-days. */
    private static final String WORKSHOP = """
            {"kind": "DELIBERATION", "title": "Atelier", "startsAt": "%sT09:00", "endsAt": "%sT17:00",
             "place": "Salle des fêtes"}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private SeatedAssembly a;
    private String attendance;

    @BeforeEach
    void aSessionHeldYesterday() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        var yesterday =
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).minusDays(1);
        var created = a.facilitator().post(a.sessions(), WORKSHOP.formatted(yesterday, yesterday));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat((Integer) created.json("$.halfDays")).isEqualTo(2);
        attendance = a.sessions() + "/" + created.json("$.id") + "/attendance";
    }

    @Test
    void facilitatorsRecordTheSheetOnceAndSendingItAgainChangesNothing() {
        String sheet = sheet("PRESENT", null, "PARTIAL", 1);

        var recorded = a.facilitator().post(attendance, sheet);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat((Integer) recorded.json("$.recorded")).isEqualTo(2);
        var again = a.facilitator().post(attendance, sheet);
        assertThat((Integer) again.json("$.recorded")).isZero();
        assertThat((Integer) again.json("$.unchanged")).isEqualTo(2);

        assertThat(a.facilitator().get(attendance).<List<Integer>>json("$[*].current.halfDays"))
                .containsExactly(2, 1);
        assertThat(announced()).containsExactlyInAnyOrder("1 PRESENT 2", "1 PARTIAL 1");
        var otherwise = a.facilitator().post(attendance, sheet("ABSENT", null, "PARTIAL", 1));
        assertThat(otherwise.problem()).isEqualTo("attendance-already-recorded");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aCorrectionKeepsTheHistoryAndAnnouncesTheNewStateAndTheOld() {
        a.facilitator().post(attendance, sheet("ABSENT", null, "PRESENT", null));
        String correction = attendance + "/" + a.citizenId() + "/corrections";

        var corrected = a.facilitator().post(correction, """
                {"status": "PARTIAL", "halfDays": 1, "reason": "Arrivée à midi, signée sur la liste", "correcting": 1}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat((Integer) corrected.json("$.version")).isEqualTo(2);
        var stale = a.facilitator().post(correction, """
                {"status": "PRESENT", "reason": "Erreur", "correcting": 1}""");
        assertThat(stale.problem()).isEqualTo("attendance-changed");

        var history = a.facilitator().get(attendance + "/" + a.citizenId() + "/history");
        assertThat((List<String>) history.json("$[*].status")).containsExactly("ABSENT", "PARTIAL");
        assertThat(history.<String>json("$[1].reason")).isEqualTo("Arrivée à midi, signée sur la liste");
        assertThat(jdbc.sql("""
                        select (d ->> 'previousStatus') || ' ' || (d ->> 'previousHalfDays') from (
                          select convert_from(envelope, 'UTF8')::jsonb -> 'data' as d from outbox_event
                           where commune_id = ? and type = 'attendance.recorded') e
                         where (d ->> 'version')::int = 2""").param(a.commune()).query(String.class).list()).containsExactly("ABSENT 0");
    }

    @Test
    void twoFacilitatorsRecordingTheSameSheetAtOnceEndWithOneRecord() throws Exception {
        String sheet = sheet("PRESENT", null, "EXCUSED", null);
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 4; i++) {
            tasks.add(() -> a.facilitator().post(attendance, sheet).status());
        }
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> status : pool.invokeAll(tasks)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).containsOnly(200);
        assertThat(count()).isEqualTo(2);
        assertThat(announced()).hasSize(2);
    }

    @Test
    void badEntriesAreNamedAndNothingIsRecorded() {
        var refused = a.facilitator().post(attendance, """
                {"entries": [{"userId": "%s", "status": "PARTIAL", "halfDays": 2},
                             {"userId": "person-2", "status": "PRESENT"},
                             {"userId": "person-1", "status": "PRESENT", "halfDays": 1}]}""".formatted(a.citizenId()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat((List<String>) refused.json("$.errors[*].field"))
                .containsExactlyInAnyOrder("entries[0].halfDays", "entries[1].userId", "entries[2].halfDays");
        assertThat(a.facilitator().post(attendance, "{\"entries\": []}").status())
                .isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void onlyTheCommunesStaffRecordAndOnlyOnceTheSessionStarted() throws Exception {
        assertThat(a.citizen()
                        .post(attendance, sheet("PRESENT", null, "PRESENT", null))
                        .status())
                .isEqualTo(403);
        assertThat(a.citizen().get(attendance).status()).isEqualTo(403);
        String other = attendance.replace(a.slug(), a.otherSlug());
        assertThat(a.otherAdmin()
                        .post(other, sheet("PRESENT", null, "PRESENT", null))
                        .status())
                .isEqualTo(404);
        assertThat(a.otherAdmin().get(other).status()).isEqualTo(404);

        String future =
                a.facilitator().post(a.sessions(), SeatedAssembly.session(4)).json("$.id");
        assertThat(a.facilitator()
                        .post(a.sessions() + "/" + future + "/attendance", sheet("PRESENT", null, "PRESENT", null))
                        .problem())
                .isEqualTo("session-not-held");
        assertThat(count()).isZero();
    }

    private String sheet(String citizen, Integer citizenHalfDays, String person, Integer personHalfDays) {
        return """
                {"entries": [{"userId": "%s", "status": "%s"%s}, {"userId": "person-1", "status": "%s"%s}]}""".formatted(
                        a.citizenId(),
                        citizen,
                        citizenHalfDays == null ? "" : ", \"halfDays\": " + citizenHalfDays,
                        person,
                        personHalfDays == null ? "" : ", \"halfDays\": " + personHalfDays);
    }

    private List<String> announced() {
        return jdbc.sql("""
                        select (d ->> 'version') || ' ' || (d ->> 'status') || ' ' || (d ->> 'halfDays') from (
                          select convert_from(envelope, 'UTF8')::jsonb -> 'data' as d from outbox_event
                           where commune_id = ? and type = 'attendance.recorded') e""").param(a.commune()).query(String.class).list();
    }

    private int count() {
        return CommuneContext.callAs(
                new CommuneId(a.commune()),
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from attendance_record")
                        .query(Integer.class)
                        .single()));
    }
}
