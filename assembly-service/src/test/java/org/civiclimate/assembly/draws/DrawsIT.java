package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.assembly.draws.domain.DrawRecord;
import org.civiclimate.assembly.draws.domain.Replay;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draw through HTTP with the real database and solver: staff set quotas, import a pool, run it as a job, read the
 * result; anyone reads the audit and re-runs the record; bad input and other communes are refused; a run left by a
 * stopped instance is picked up again.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civiclimate.assembly.draws.poll-delay=500ms",
            "civiclimate.assembly.draws.poll-interval=500ms",
            "civiclimate.assembly.draws.legacy-runs=200"
        })
@RealInfrastructure(keycloak = true)
class DrawsIT {

    static final String QUOTAS = """
            {"quotas": [
              {"feature": "Gender", "value": "Female", "min": 11, "max": 12},
              {"feature": "Gender", "value": "Male", "min": 10, "max": 11},
              {"feature": "Gender", "value": "Non-binary or other", "min": 0, "max": 1},
              %s
            ]}""";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    SeatedAssembly a;
    String draws;

    @BeforeEach
    void anAssembly() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        draws = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/draws";
    }

    /** A draft draw of 22 from the sortition-algorithms fixture's pool, with its quotas; its path. */
    String preparedDraw(String seed) throws Exception {
        var created = a.facilitator().post(draws, """
                {"title": "Panel 2027", "panelSize": 22, "reserveCount": 5, "algorithm": "LEXIMIN",
                 "seed": "%s", "seedSource": "Lotto draw of 2026-12-05, announced on the commune's site"}""".formatted(seed));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String draw = draws + "/" + created.json("$.id");
        var quotas = a.facilitator().send("PUT", draw + "/quotas", "application/json", fixtureQuotas());
        assertThat(quotas.status()).as(quotas.toString()).isEqualTo(200);
        var pool = a.facilitator().send("PUT", draw + "/pool", "text/csv", fixturePool());
        assertThat(pool.status()).as(pool.toString()).isEqualTo(200);
        assertThat(pool.<Integer>json("$.volunteers")).isEqualTo(150);
        return draw;
    }

    @Test
    void staffRunADrawAndAnyoneChecksItsRecord() throws Exception {
        String draw = preparedDraw("Lotto 2026-12-05: 4 11 23 31 38 45");

        var queued = a.facilitator().post(draw + "/run", "");
        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        var done = awaitEnd(draw);
        assertThat(done.<String>json("$.status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.<Number>json("$.progress").doubleValue()).isEqualTo(1.0);

        var result = a.facilitator().get(draw + "/result");
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        assertThat(result.<List<Object>>json("$.selected")).hasSize(22);
        assertThat(result.<List<Object>>json("$.reserves")).hasSize(5);
        assertThat(result.<List<String>>json("$.selected[*].name")).allMatch(name -> name.startsWith("first_name"));
        List<Map<String, Object>> rows = result.json("$.quotas");
        assertThat(rows)
                .allSatisfy(row -> assertThat((Integer) row.get("seats"))
                        .isBetween((Integer) row.get("min"), (Integer) row.get("max")));
        assertThat(result.<Number>json("$.minimum").doubleValue())
                .isGreaterThan(result.<Number>json("$.legacyMinimum").doubleValue());

        // Signed out: the audit page and the record, which re-runs to the same panel.
        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        String id = draw.substring(draw.lastIndexOf('/') + 1);
        var audit = anonymous.get("/api/public/communes/" + a.slug() + "/assembly/draws/" + id);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain("first_name").doesNotContain("email");
        assertThat(audit.<List<String>>json("$.selected")).hasSize(22);
        var download = anonymous.get("/api/public/communes/" + a.slug() + "/assembly/draws/" + id + "/record");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).doesNotContain("first_name").doesNotContain("email");
        var record = JsonMapper.builder().build().readValue(download.body(), DrawRecord.class);
        assertThat(Replay.of(record).matches(record)).isTrue();
        assertThat(record.selected()).containsExactlyElementsOf(audit.<List<String>>json("$.selected"));

        // Done is done: no second run, no new pool.
        assertThat(a.facilitator().post(draw + "/run", "").problem()).isEqualTo("draw-not-editable");
        assertThat(a.facilitator()
                        .send("PUT", draw + "/pool", "text/csv", fixturePool())
                        .status())
                .isEqualTo(409);
        assertThat(a.facilitator().post(draw + "/cancel", "").status()).isEqualTo(409);
    }

    @Test
    void onlyTheCommunesStaffSeeItsDrawsAndAPreparedDrawIsNotPublic() throws Exception {
        String draw = preparedDraw("seed");
        String id = draw.substring(draw.lastIndexOf('/') + 1);

        assertThat(a.citizen().get(draws).status()).isEqualTo(403);
        assertThat(a.citizen().get(draw).status()).isEqualTo(403);
        assertThat(a.citizen().post(draw + "/run", "").status()).isEqualTo(403);
        String theirs = "/api/communes/" + a.otherSlug() + "/assembly/assemblies/" + a.assembly() + "/draws";
        assertThat(a.otherAdmin().get(theirs + "/" + id).status()).isEqualTo(404);
        assertThat(a.otherAdmin().post(theirs + "/" + id + "/run", "").status()).isEqualTo(404);
        assertThat(a.otherAdmin().get(theirs).status()).isEqualTo(404);
        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        assertThat(anonymous
                        .get("/api/public/communes/" + a.slug() + "/assembly/draws/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(anonymous
                        .get("/api/public/communes/" + a.otherSlug() + "/assembly/draws/" + id)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsKept() throws Exception {
        String draw = preparedDraw("seed");

        var minAboveMax = a.facilitator().send("PUT", draw + "/quotas", "application/json", """
                {"quotas": [{"feature": "Gender", "value": "Female", "min": 5, "max": 3}]}""");
        assertThat(minAboveMax.status()).isEqualTo(400);
        assertThat(minAboveMax.<List<String>>json("$.errors[*].field")).containsExactly("quotas[0].max");

        var unknown = a.facilitator().send("PUT", draw + "/pool", "text/csv", """
                id,Gender,age_bracket,geo_bucket,edu_level
                1,Female,16-29,Lothian,Level 1
                2,Martian,16-29,Lothian,Level 1
                """);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.<List<String>>json("$.errors[*].field")).containsExactly("pool[3].Gender");

        var malformed = a.facilitator().send("PUT", draw + "/pool", "text/csv", """
                id,Gender,age_bracket,geo_bucket,edu_level
                1,Female,16-29,Lothian,"Level 1
                """);
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.<String>json("$.errors[0].code")).isEqualTo("format");

        var noFile = a.facilitator().send("PUT", draw + "/pool", null, "");
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);

        var missingColumn = a.facilitator().send("PUT", draw + "/pool", "text/csv", "id,Gender\n1,Female\n");
        assertThat(missingColumn.<List<String>>json("$.errors[*].field")).contains("pool[1].age_bracket");

        // The pool imported first is still there, whole.
        assertThat(a.facilitator().get(draw).<Integer>json("$.volunteers")).isEqualTo(150);

        var tooBig = a.facilitator().post(draws, """
                {"title": "", "panelSize": 0, "reserveCount": -1, "algorithm": "DICE", "seed": "", "seedSource": ""}""");
        assertThat(tooBig.status()).isEqualTo(400);
    }

    @Test
    void quotasNoPanelCanKeepAreRefusedWithTheSmallestRelaxation() throws Exception {
        String draw = preparedDraw("seed");
        // Nobody in the pool is non-binary, yet one seat must go to a non-binary volunteer, and women and men
        // share exactly the other 21.
        var tight = a.facilitator()
                .send(
                        "PUT",
                        draw + "/quotas",
                        "application/json",
                        fixtureQuotas()
                                .replace("\"Female\", \"min\": 11, \"max\": 12", "\"Female\", \"min\": 11, \"max\": 11")
                                .replace("\"Male\", \"min\": 10, \"max\": 11", "\"Male\", \"min\": 10, \"max\": 10")
                                .replace(
                                        "\"Non-binary or other\", \"min\": 0, \"max\": 1",
                                        "\"Non-binary or other\", \"min\": 1, \"max\": 1"));
        assertThat(tight.status()).as(tight.toString()).isEqualTo(200);

        var refused = a.facilitator().post(draw + "/run", "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problem()).isEqualTo("quotas-infeasible");
        // The smallest relaxation: no non-binary seat, and one more for women or for men.
        assertThat(refused.<List<String>>json("$.errors[*].field")).hasSize(2).contains("quotas[2]");
        assertThat(refused.<List<Integer>>json("$.errors[?(@.field == 'quotas[2]')].params.min"))
                .containsExactly(0);
        assertThat(a.facilitator().get(draw).<String>json("$.status")).isEqualTo("DRAFT");
    }

    @Test
    void aRunLeftByAStoppedInstanceIsRunAgainAndOneThatKeepsStoppingFailsCleanly() throws Exception {
        String draw = preparedDraw("restart");
        String id = draw.substring(draw.lastIndexOf('/') + 1);
        // As if an instance had claimed the run, started it and died: the job's lease has expired.
        leftRunning(id, 1);

        var done = awaitEnd(draw);
        assertThat(done.<String>json("$.status")).as(done.toString()).isEqualTo("COMPLETED");

        String other = preparedDraw("restart again");
        String otherId = other.substring(other.lastIndexOf('/') + 1);
        leftRunning(otherId, 3);

        var failed = awaitEnd(other);
        assertThat(failed.<String>json("$.status")).isEqualTo("FAILED");
        assertThat(failed.<String>json("$.failure")).contains("stopped 3 times");
        assertThat(a.facilitator().get(other + "/result").status()).isEqualTo(404);
        assertThat(jobs(otherId)).isZero();
    }

    @Autowired
    DrawService service;

    @Test
    void aRunThatLostItsClaimWritesNothingOverACancelledOrCompletedDraw() throws Exception {
        String queued = preparedDraw("stale");
        String queuedId = queued.substring(queued.lastIndexOf('/') + 1);
        // Another instance holds the job (its lease runs), then staff cancel the queued draw.
        var token = java.util.UUID.randomUUID();
        heldElsewhere(queuedId, token);
        assertThat(a.facilitator().post(queued + "/cancel", "").<String>json("$.status"))
                .isEqualTo("CANCELLED");
        var stale = new DrawRepository.Claim(
                new org.civiclimate.platform.tenancy.CommuneId(a.commune()),
                java.util.UUID.fromString(queuedId),
                1,
                token);

        org.civiclimate.platform.tenancy.CommuneContext.runAs(stale.commune(), () -> {
            assertThat(service.startRun(stale)).isEmpty();
            service.end(stale, DrawStatus.FAILED, "stale");
        });
        assertThat(a.facilitator().get(queued).<String>json("$.status")).isEqualTo("CANCELLED");

        String done = preparedDraw("done");
        String doneId = done.substring(done.lastIndexOf('/') + 1);
        assertThat(a.facilitator().post(done + "/run", "").status()).isEqualTo(202);
        assertThat(awaitEnd(done).<String>json("$.status")).isEqualTo("COMPLETED");
        var late = new DrawRepository.Claim(stale.commune(), java.util.UUID.fromString(doneId), 1, token);
        org.civiclimate.platform.tenancy.CommuneContext.runAs(late.commune(), () -> {
            service.end(late, DrawStatus.FAILED, "late");
            assertThat(service.heartbeat(late, 0.5, "late").held()).isFalse();
        });
        assertThat(a.facilitator().get(done).<String>json("$.status")).isEqualTo("COMPLETED");
        assertThat(a.facilitator().get(done + "/result").status()).isEqualTo(200);
    }

    @Test
    void censusSharesBecomeQuotasToReview() {
        var quotas = a.facilitator().post(draws + "/quotas-from-shares", """
                {"panelSize": 24, "shares": [
                  {"feature": "gender", "value": "female", "share": 51},
                  {"feature": "gender", "value": "male", "share": 49}]}""");

        assertThat(quotas.status()).as(quotas.toString()).isEqualTo(200);
        assertThat(quotas.<List<Integer>>json("$[*].min")).containsExactly(11, 10);
        assertThat(quotas.<List<Integer>>json("$[*].max")).containsExactly(14, 13);
        assertThat(a.citizen().post(draws + "/quotas-from-shares", "{}").status())
                .isEqualTo(403);
    }

    /** Marks the draw running with a job whose lease expired after {@code attempts} runs, in the commune's name. */
    private void leftRunning(String draw, int attempts) throws Exception {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var running = connection.prepareStatement(
                        "update draw set status = 'RUNNING', started_at = now() where id = ?::uuid");
                var job =
                        connection.prepareStatement("insert into draw_job (commune_id, draw_id, attempts, lease_until)"
                                + " values (?, ?::uuid, ?, now() - interval '1 minute')")) {
            connection.setAutoCommit(false);
            bind.setString(1, a.commune().toString());
            bind.execute();
            running.setString(1, draw);
            running.executeUpdate();
            job.setObject(1, a.commune());
            job.setString(2, draw);
            job.setInt(3, attempts);
            job.executeUpdate();
            connection.commit();
        }
    }

    /** Queues the draw with a job another instance holds with {@code token}, its lease still running. */
    private void heldElsewhere(String draw, java.util.UUID token) throws Exception {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var queued = connection.prepareStatement("update draw set status = 'QUEUED' where id = ?::uuid");
                var job =
                        connection.prepareStatement("insert into draw_job (commune_id, draw_id, attempts, lease_until,"
                                + " run_token) values (?, ?::uuid, 1, now() + interval '10 minutes', ?)")) {
            connection.setAutoCommit(false);
            bind.setString(1, a.commune().toString());
            bind.execute();
            queued.setString(1, draw);
            queued.executeUpdate();
            job.setObject(1, a.commune());
            job.setString(2, draw);
            job.setObject(3, token);
            job.executeUpdate();
            connection.commit();
        }
    }

    private int jobs(String draw) throws Exception {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var count = connection.prepareStatement("select count(*) from draw_job where draw_id = ?::uuid")) {
            connection.setAutoCommit(false);
            bind.setString(1, a.commune().toString());
            bind.execute();
            count.setString(1, draw);
            try (var rows = count.executeQuery()) {
                rows.next();
                int result = rows.getInt(1);
                connection.commit();
                return result;
            }
        }
    }

    private ApiClient.Response awaitEnd(String draw) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            var current = a.facilitator().get(draw);
            String status = current.json("$.status");
            if (!List.of("QUEUED", "RUNNING").contains(status) || System.nanoTime() > deadline) {
                return current;
            }
            Thread.sleep(200);
        }
    }

    private static String fixtureQuotas() throws Exception {
        var rows = Files.readAllLines(SharedInstances.folder().resolve("sortition_algorithms_fixture_22/features.csv"));
        var entries = rows.stream()
                .skip(1)
                .filter(line -> !line.startsWith("Gender,"))
                .map(line -> line.split(","))
                .map(cells -> "{\"feature\": \"%s\", \"value\": \"%s\", \"min\": %s, \"max\": %s}"
                        .formatted(cells[0], cells[1], cells[2], cells[3]))
                .toList();
        return QUOTAS.formatted(String.join(",\n", entries));
    }

    /** The fixture's candidates, their first name as the name; its e-mail placeholders are not addresses. */
    private static String fixturePool() throws Exception {
        return Files.readString(SharedInstances.folder().resolve("sortition_algorithms_fixture_22/candidates.csv"))
                .replaceFirst("first_name,", "name,")
                .replaceFirst(",email,", ",placeholder,");
    }
}
