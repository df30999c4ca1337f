package org.civiclimate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of tenant-, assembly- and plan-service, called on the service itself (as from inside the cluster)
 * by each kind of caller, with real tokens and valid bodies, in four scenes: the callers' own commune and network;
 * another commune and another network, named by their real slugs and the real ids of their invitations, members and
 * coordinators; their own commune with those foreign ids in the path; and their own commune suspended. Each cell is
 * the exact status that caller must get. No answer to a caller outside the other commune holds any identifier of
 * its data, and the other commune's data is unchanged at the end. Every operation of the services' OpenAPI documents
 * has its row: a new endpoint joins by one row.
 */
class AuthorisationMatrixIT {

    private static final Logger log = LoggerFactory.getLogger(AuthorisationMatrixIT.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    /** The callers: people made for this test (so no other test's communes change their powers), and an operator. */
    enum Who {
        ANONYMOUS,
        CITIZEN,
        FACILITATOR,
        ADMIN,
        COORDINATOR,
        OPERATOR
    }

    /** Where a row is tried; which scenes apply follows from the placeholders the row uses. */
    enum Scene {
        /** The callers' commune (citizen, facilitator, admin in it) and the network the coordinator coordinates. */
        OWN,
        /** Another commune (none of the callers in it) and another network (coordinated by its admin alone). */
        OTHER,
        /** The callers' commune, with the other commune's invitation, member and coordinator ids in the path. */
        FOREIGN_IDS,
        /** A commune where the callers have the same roles as in their own, suspended by an operator. */
        SUSPENDED
    }

    /**
     * One operation and the status each caller gets in each scene, in the order of {@link Who}. Placeholders:
     * {@code {commune}}, {@code {network}}, {@code {member}} (a member below admin, or the other commune's admin),
     * {@code {admin}}, {@code {invitation}} (an open staff invitation), {@code {coordinator}}, and in bodies
     * {@code {code}} (an invitation code: in the other scene, the callers' own commune's), {@code {newCommune}} and
     * {@code {newNetwork}} (a fresh request).
     */
    record Row(String service, String method, String path, String body, Map<Scene, int[]> expected) {

        Row in(Scene scene, String statuses) {
            var more = new EnumMap<Scene, int[]>(Scene.class);
            more.putAll(expected);
            more.put(
                    scene,
                    Arrays.stream(statuses.trim().split("\\s+"))
                            .mapToInt(Integer::parseInt)
                            .toArray());
            return new Row(service, method, path, body, more);
        }

        Row own(String statuses) {
            return in(Scene.OWN, statuses);
        }

        Row other(String statuses) {
            return in(Scene.OTHER, statuses);
        }

        Row foreignIds(String statuses) {
            return in(Scene.FOREIGN_IDS, statuses);
        }

        Row suspended(String statuses) {
            return in(Scene.SUSPENDED, statuses);
        }

        Set<Scene> scenes() {
            String all = path + " " + body;
            var scenes = java.util.EnumSet.of(Scene.OWN);
            if (all.contains("{commune}") || all.contains("{network}")) {
                scenes.add(Scene.OTHER);
            }
            if (List.of(
                            "{member}",
                            "{admin}",
                            "{invitation}",
                            "{coordinator}",
                            "{coordinatorInvitation}",
                            "{assembly}",
                            "{mandate}",
                            "{session}",
                            "{heldSession}",
                            "{recommendation}",
                            "{adopted}",
                            "{document}",
                            "{draw}",
                            "{draftDraw}",
                            "{offer}",
                            "{declinedOffer}")
                    .stream()
                    .anyMatch(path::contains)) {
                scenes.add(Scene.FOREIGN_IDS);
            }
            if (all.contains("{commune}")) {
                scenes.add(Scene.SUSPENDED);
            }
            return scenes;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + service + ")";
        }
    }

    private static final String TENANT = "tenant-service";
    private static final String ASSEMBLY = "assembly-service";
    private static final String PLAN = "plan-service";
    private static final String NEW_ASSEMBLY = """
            {"name": "Matrix council", "kind": "PERMANENT_COUNCIL", "seats": 24, "mandateMonths": 18, "cohorts": 3,
             "firstSittingOn": "2026-01-15"}""";

    private static final String NEW_SESSION =
            """
            {"kind": "INFORMATION_HEARING", "title": "Matrix hearing", "startsAt": "%sT19:00", "endsAt": "%sT21:00",
             "place": "Town hall"}""".formatted(LocalDate.now().plusDays(30), LocalDate.now().plusDays(30));
    /** A session held today from midnight, local time: attendance can be recorded on it. */
    private static final String HELD_SESSION = """
            {"kind": "DELIBERATION", "title": "Matrix deliberation", "startsAt": "%sT00:00", "endsAt": "%sT10:00",
             "place": "Town hall"}""".formatted(todayInBrussels(), todayInBrussels());

    /** A vote and a follow-up review held today from midnight, local time: voted at, and assessed at. */
    private static final String HELD_VOTE = HELD_SESSION.replace("DELIBERATION", "VOTE");

    private static final String HELD_REVIEW = HELD_SESSION.replace("DELIBERATION", "FOLLOW_UP_REVIEW");
    private static final String RECOMMENDATIONS =
            "/api/communes/{commune}/assembly/assemblies/{assembly}/recommendations";
    private static final String PUBLIC = "/api/public/communes/{commune}/assembly";
    private static final String DOCUMENTS =
            "/api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/documents";
    private static final String DOCUMENT_TEXT = "Matrix document";
    private static final String ANYONE = "200 200 200 200 200 200";
    private static final String DRAWS = "/api/communes/{commune}/assembly/assemblies/{assembly}/draws";
    private static final String NEW_DRAW = """
            {"title": "Matrix draw", "panelSize": 2, "reserveCount": 1, "algorithm": "LEXIMIN",
             "seed": "matrix", "seedSource": "announced in the matrix"}""";
    private static final String DRAW_QUOTAS = """
            {"quotas": [{"feature": "g", "value": "a", "min": 1, "max": 1},
                        {"feature": "g", "value": "b", "min": 1, "max": 1}]}""";
    private static final String DRAW_POOL =
            "g,email\na,a1@matrix.example\na,a2@matrix.example\nb,b1@matrix.example\nb,b2@matrix.example\n";
    private static final String SIGN_UP = """
            {"code": "ZZZZZZZZZZ", "name": "Matrix", "email": "signed@matrix.example", "features": {"g": "a"},
             "consent": true}""";
    private static final String DRAFT =
            "{\"topic\": \"Matrix\", \"title\": \"Matrix recommendation\", \"body\": \"Text\"}";

    /** Statuses read: anonymous, citizen, facilitator, admin, coordinator, operator. Rows run in this order. */
    private static final List<Row> MATRIX = List.of(
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/allowance-rules")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "POST /api/communes/{commune}/assembly/assemblies", NEW_ASSEMBLY)
                    .own("401 403 201 201 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/rotation-plan")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/mandates")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // The seated citizen's own mandate; nobody else holds one.
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/mandates/mine")
                    .own("401 200 404 404 403 404")
                    .other("401 403 403 403 403 404")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 404 404 403 404"),
            // Seats the facilitator in seat 2; each seating is withdrawn again (undo), so the next caller meets it
            // free.
            row(ASSEMBLY, "POST /api/communes/{commune}/assembly/assemblies/{assembly}/mandates", "{newSeat}")
                    .own("401 403 201 201 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // A list of the seat already held (the citizen's seat 1): changes nothing, whoever may import it.
            row(
                            ASSEMBLY,
                            "POST /api/communes/{commune}/assembly/assemblies/{assembly}/mandates/import",
                            "{\"mandates\": [{\"userId\": \"{seated}\", \"name\": \"Matrix member\", \"seat\": 1}]}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The citizen's mandate in seat 1; each withdrawal is followed by a new seating (undo).
            row(
                            ASSEMBLY,
                            "POST /api/communes/{commune}/assembly/assemblies/{assembly}/mandates/{mandate}/withdrawal",
                            "{\"reason\": \"matrix\"}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "POST /api/communes/{commune}/assembly/assemblies/{assembly}/sessions", NEW_SESSION)
                    .own("401 403 201 201 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            row(ASSEMBLY, "PUT /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}", NEW_SESSION)
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}/calendar.ics")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            // Convening again convenes nobody new: the same answer for each staff caller.
            row(ASSEMBLY, "POST /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}/convocation")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}/convocations")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // Only the seated citizen is convened: anyone else has no convocation to answer.
            row(
                            ASSEMBLY,
                            "PUT /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}/convocations/mine",
                            "{\"response\": \"CONFIRMED\"}")
                    .own("401 200 404 404 403 404")
                    .other("401 403 403 403 403 404")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 423 423 423 423 423"),
            // Each cancellation is followed by a new session, convened (undo).
            row(ASSEMBLY, "POST /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{session}/cancellation")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(
                            ASSEMBLY,
                            "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/attendance")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // The seated member's attendance, recorded as it already is: changes nothing.
            row(
                            ASSEMBLY,
                            "POST /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/attendance",
                            "{\"entries\": [{\"userId\": \"{seated}\", \"status\": \"PRESENT\"}]}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // Each correction is corrected back (undo).
            row(
                            ASSEMBLY,
                            "POST /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/attendance/{seated}/corrections",
                            "{\"status\": \"ABSENT\", \"reason\": \"matrix\", \"correcting\": {attendanceVersion}}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(
                            ASSEMBLY,
                            "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/attendance/{seated}/history")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            row(ASSEMBLY, "GET " + DOCUMENTS)
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            // Without a file: named as missing once past the access checks.
            row(ASSEMBLY, "POST " + DOCUMENTS)
                    .own("401 403 400 400 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + DOCUMENTS + "/{document}")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            // Each deletion is followed by the same file uploaded again (undo).
            row(ASSEMBLY, "DELETE " + DOCUMENTS + "/{document}")
                    .own("401 403 204 204 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The held session's minutes are published: members read them; they change no more.
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/minutes")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            row(
                            ASSEMBLY,
                            "PUT /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/minutes",
                            "{\"text\": \"Matrix\", \"editing\": 1}")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(
                            ASSEMBLY,
                            "POST /api/communes/{commune}/assembly/assemblies/{assembly}/sessions/{heldSession}/minutes/publication")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET /api/communes/{commune}/assembly/assemblies/{assembly}/voting-rule")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            // The default rule, set again: the same answer for each staff caller.
            row(
                            ASSEMBLY,
                            "PUT /api/communes/{commune}/assembly/assemblies/{assembly}/voting-rule",
                            "{\"secrecy\": \"NAMED\", \"quorumPercent\": 50, \"threshold\": \"SIMPLE_MAJORITY\","
                                    + " \"responseMonths\": 3}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + RECOMMENDATIONS)
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            // The seated citizen drafts as staff do; drafts add up, harmlessly.
            row(ASSEMBLY, "POST " + RECOMMENDATIONS, DRAFT)
                    .own("401 201 201 201 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + RECOMMENDATIONS + "/{recommendation}")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 200 200 200 403 200"),
            // Edits and amendments of a version the draft is not at: refused as stale once past the access checks.
            row(
                            ASSEMBLY,
                            "PUT " + RECOMMENDATIONS + "/{recommendation}",
                            "{\"title\": \"Matrix\", \"body\": \"Text\", \"editing\": 999}")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(
                            ASSEMBLY,
                            "POST " + RECOMMENDATIONS + "/{recommendation}/amendments",
                            "{\"body\": \"Text\", \"rationale\": \"Why\", \"onVersion\": 999}")
                    .own("401 409 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 423 423 423 423 423"),
            // The amendment was declined already.
            row(
                            ASSEMBLY,
                            "POST " + RECOMMENDATIONS + "/{recommendation}/amendments/{amendment}/decision",
                            "{\"incorporate\": true}")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The adopted recommendation: its vote cannot open again, takes no ballot, closes again unchanged, and
            // the commune answered it already.
            row(ASSEMBLY, "POST " + RECOMMENDATIONS + "/{adopted}/vote", "{\"sessionId\": \"{voteSession}\"}")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "POST " + RECOMMENDATIONS + "/{adopted}/vote/ballots", "{\"choice\": \"FOR\"}")
                    .own("401 409 409 409 403 409")
                    .other("401 403 403 403 403 409")
                    .foreignIds("401 404 404 404 403 404")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "POST " + RECOMMENDATIONS + "/{adopted}/vote/closure")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "POST " + RECOMMENDATIONS + "/{adopted}/answer", "{\"decision\": \"ACCEPTED\"}")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // Follow-ups add up, harmlessly.
            row(
                            ASSEMBLY,
                            "POST " + RECOMMENDATIONS + "/{adopted}/follow-ups",
                            "{\"status\": \"IN_PROGRESS\", \"progress\": 10, \"note\": \"Matrix\", \"on\": \""
                                    + todayInBrussels() + "\", \"department\": \"Works\"}")
                    .own("401 403 201 201 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // An assessment recorded again at the same review replaces it.
            row(
                            ASSEMBLY,
                            "POST " + RECOMMENDATIONS + "/{adopted}/assessments",
                            "{\"sessionId\": \"{reviewSession}\", \"verdict\": \"SATISFIED\", \"comment\": \"Matrix\"}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The public account: anyone, signed in or not, of any commune; another commune's id is not found here.
            row(ASSEMBLY, "GET " + DRAWS)
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            row(ASSEMBLY, "POST " + DRAWS, NEW_DRAW)
                    .own("401 403 201 201 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(
                            ASSEMBLY,
                            "POST " + DRAWS + "/quotas-from-shares",
                            "{\"panelSize\": 2, \"shares\": [{\"feature\": \"g\", \"value\": \"a\", \"share\": 1}]}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + DRAWS + "/{draw}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // The same quotas again: nothing changes.
            row(ASSEMBLY, "PUT " + DRAWS + "/{draftDraw}/quotas", DRAW_QUOTAS)
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // Without a file: named as missing columns once past the access checks; the pool stays.
            row(ASSEMBLY, "PUT " + DRAWS + "/{draftDraw}/pool")
                    .own("401 403 400 400 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + DRAWS + "/{draftDraw}/volunteers")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // A pseudonym no volunteer of the pool has: staff learn so, and the pool stays as it is.
            row(ASSEMBLY, "DELETE " + DRAWS + "/{draftDraw}/volunteers/ZZZZZZZZZZ")
                    .own("401 403 404 404 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // Each run is followed by a new draft (undo), so the next caller meets one ready to run.
            row(ASSEMBLY, "POST " + DRAWS + "/{draftDraw}/run")
                    .own("401 403 202 202 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The completed draw cannot be cancelled: staff learn why.
            row(ASSEMBLY, "POST " + DRAWS + "/{draw}/cancel")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + DRAWS + "/{draw}/result")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // One more letter each time: the draft draw's sign-up stays open.
            row(
                            ASSEMBLY,
                            "POST " + DRAWS + "/{draftDraw}/invitations",
                            "{\"letters\": 1, \"signUpUntil\": \""
                                    + OffsetDateTime.now().plusDays(30) + "\"}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The draft draw's letters' sign-up, kept open a month.
            row(
                            ASSEMBLY,
                            "PUT " + DRAWS + "/{draftDraw}/sign-up-until",
                            "{\"signUpUntil\": \"" + OffsetDateTime.now().plusDays(30) + "\"}")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + DRAWS + "/{draftDraw}/invitations")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // The draft draw has letters already: its register can no longer change.
            row(ASSEMBLY, "PUT " + DRAWS + "/{draftDraw}/register")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // No register uploaded: staff learn there is no mail merge to download.
            row(ASSEMBLY, "GET " + DRAWS + "/{draftDraw}/register/mail-merge")
                    .own("401 403 400 400 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 400 400 403 403"),
            row(ASSEMBLY, "DELETE " + DRAWS + "/{draftDraw}/register")
                    .own("401 403 404 404 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + PUBLIC + "/draws/{draftDraw}/sign-up")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            // A code of no letter: named, and nothing written, whoever calls.
            row(ASSEMBLY, "POST " + PUBLIC + "/draws/{draftDraw}/sign-up", SIGN_UP)
                    .own("400 400 400 400 400 400")
                    .other("400 400 400 400 400 400")
                    .foreignIds("404 404 404 404 404 404")
                    .suspended("423 423 423 423 423 423"),
            // The completed draw's seats were offered when the council was set up: offering them again is refused.
            row(ASSEMBLY, "POST " + DRAWS + "/{draw}/seating", "{\"answerWithinDays\": 7}")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + DRAWS + "/{draw}/seating")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 403 200 200 403 403"),
            // An offer already refused: staff learn that it was answered.
            row(ASSEMBLY, "POST " + DRAWS + "/{draw}/seating/offers/{declinedOffer}/refusal")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // An offer still waiting for its answer: nobody withdrew, nobody is replaced.
            row(ASSEMBLY, "POST " + DRAWS + "/{draw}/seating/offers/{offer}/replacement")
                    .own("401 403 409 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 404 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            // The offer's link: anyone who has it, signed in or not; another commune's offer is not found here.
            row(ASSEMBLY, "GET " + PUBLIC + "/seat-offers/{offer}")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            // A refusal by link needs the key of the offer's email: nobody here has it.
            row(ASSEMBLY, "POST " + PUBLIC + "/seat-offers/{declinedOffer}/refusal")
                    .own("403 403 403 403 403 403")
                    .other("403 403 403 403 403 403")
                    .foreignIds("404 404 404 404 404 404")
                    .suspended("423 423 423 423 423 423"),
            // Members or not, only the person signed in with the address the offer went to may accept it: nobody here.
            row(ASSEMBLY, "POST /api/communes/{commune}/assembly/seat-offers/{offer}/acceptance")
                    .own("401 403 403 403 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 404 404 404 404 404")
                    .suspended("401 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + PUBLIC + "/draws/{draw}")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/draws/{draw}/replacements")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/draws/{draw}/record")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/recommendations")
                    .own(ANYONE)
                    .other(ANYONE)
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/recommendations/topics")
                    .own(ANYONE)
                    .other(ANYONE)
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/recommendations/{adopted}")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/recommendations/{adopted}/following")
                    .own(ANYONE)
                    .other(ANYONE)
                    .foreignIds("404 404 404 404 404 404")
                    .suspended(ANYONE),
            // Anyone signed in follows any commune's adopted recommendation (again: nothing changes), and stops.
            row(ASSEMBLY, "PUT " + PUBLIC + "/recommendations/{adopted}/following")
                    .own("401 200 200 200 200 200")
                    .other("401 200 200 200 200 200")
                    .foreignIds("401 404 404 404 404 404")
                    .suspended("423 423 423 423 423 423"),
            row(ASSEMBLY, "DELETE " + PUBLIC + "/recommendations/{adopted}/following")
                    .own("401 200 200 200 200 200")
                    .other("401 200 200 200 200 200")
                    .foreignIds("401 404 404 404 404 404")
                    .suspended("423 423 423 423 423 423"),
            row(ASSEMBLY, "GET " + PUBLIC + "/open-data/recommendations.csv")
                    .own(ANYONE)
                    .other(ANYONE)
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/open-data/recommendations.json")
                    .own(ANYONE)
                    .other(ANYONE)
                    .suspended(ANYONE),
            row(ASSEMBLY, "GET " + PUBLIC + "/open-data/dictionary")
                    .own(ANYONE)
                    .other(ANYONE)
                    .suspended(ANYONE),
            row(PLAN, "GET /api/communes/{commune}/plan")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(PLAN, "GET /api/communes/{commune}/plan/summary")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(TENANT, "GET /api/me").own("401 200 200 200 200 200"),
            row(TENANT, "GET /api/communes").own("401 403 403 403 403 200"),
            row(TENANT, "GET /api/public/communes/{commune}")
                    .own("200 200 200 200 200 200")
                    .other("200 200 200 200 200 200")
                    .suspended("200 200 200 200 200 200"),
            row(TENANT, "GET /api/public/communes").own("200 200 200 200 200 200"),
            row(TENANT, "GET /api/public/invitations/{invitation}")
                    .own("200 200 200 200 200 200")
                    .foreignIds("200 200 200 200 200 200"),
            row(TENANT, "PATCH /api/communes/{commune}", "{\"description\": \"Matrix\"}")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "GET /api/communes/{commune}")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(TENANT, "POST /api/communes/{commune}/provisioning/retry")
                    .own("401 403 403 409 403 409")
                    .other("401 403 403 403 403 409")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "POST /api/communes/{commune}/approval")
                    .own("401 403 403 403 403 409")
                    .other("401 403 403 403 403 409")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "POST /api/communes/{commune}/rejection", "{\"reason\": \"matrix\"}")
                    .own("401 403 403 403 403 409")
                    .other("401 403 403 403 403 409")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "PUT /api/communes/{commune}/suspension", "{\"reason\": \"matrix\"}")
                    .own("401 403 403 403 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 403 403 403 403 409"),
            row(TENANT, "DELETE /api/communes/{commune}/suspension")
                    .own("401 403 403 403 403 409")
                    .other("401 403 403 403 403 409")
                    .suspended("401 403 403 403 403 200"),
            row(TENANT, "GET /api/communes/{commune}/audit")
                    .own("401 403 403 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 403 403 200 403 200"),
            // Its staff: admins manage roles, facilitators find the members they seat.
            row(TENANT, "GET /api/communes/{commune}/members")
                    .own("401 403 200 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 403 200 200 403 403"),
            row(TENANT, "PUT /api/communes/{commune}/members/{member}/roles/FACILITATOR")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 403 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "DELETE /api/communes/{commune}/members/{admin}/roles/ADMIN")
                    .own("401 403 403 409 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 403 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "GET /api/communes/{commune}/joining")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 403 403 200 403 403"),
            row(TENANT, "PUT /api/communes/{commune}/joining", "{\"policy\": \"INVITATION_CODE\"}")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "POST /api/communes/{commune}/joining/code")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "POST /api/communes/{commune}/membership", "{\"code\": \"{code}\"}")
                    .own("401 200 200 200 200 200")
                    .other("401 422 422 422 422 422")
                    .suspended("401 423 423 423 423 423"),
            row(
                            TENANT,
                            "POST /api/communes/{commune}/invitations",
                            "{\"email\": \"matrix@example.org\", \"role\": \"FACILITATOR\"}")
                    .own("401 403 403 201 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "GET /api/communes/{commune}/invitations")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 403 403 200 403 403"),
            row(TENANT, "DELETE /api/communes/{commune}/invitations/{invitation}")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .foreignIds("401 403 403 404 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "GET /api/me/invitations").own("401 200 200 200 200 200"),
            row(TENANT, "POST /api/me/invitations/{invitation}/acceptance")
                    .own("401 404 404 404 404 404")
                    .foreignIds("401 404 404 404 404 404"),
            row(TENANT, "GET /api/me/data").own("401 200 200 200 200 200"),
            // Each person reads and marks only their own notifications; another's id is unknown to them (InboxIT).
            row(TENANT, "GET /api/me/notifications").own("401 200 200 200 200 200"),
            row(TENANT, "GET /api/me/notifications?unread=true&page=0&size=5").own("401 200 200 200 200 200"),
            row(TENANT, "POST /api/me/notifications/" + UUID.randomUUID() + "/read")
                    .own("401 404 404 404 404 404"),
            row(TENANT, "POST /api/me/notifications/read").own("401 204 204 204 204 204"),
            row(TENANT, "GET /api/networks").own("401 200 200 200 200 200"),
            // Communes' admins and operators create networks.
            row(TENANT, "POST /api/networks", "{newNetwork}").own("401 403 403 201 403 201"),
            row(TENANT, "GET /api/networks/{network}")
                    .own("401 200 200 200 200 200")
                    .other("401 200 200 200 200 200"),
            row(TENANT, "GET /api/networks/{network}/coordinators")
                    .own("401 403 403 403 200 200")
                    .other("401 403 403 403 403 200"),
            // The same answer whether or not the address has an account (CoordinatorInvitationIT).
            row(TENANT, "POST /api/networks/{network}/coordinators", "{\"email\": \"matrix-coordinator@example.org\"}")
                    .own("401 403 403 403 202 202")
                    .other("401 403 403 403 403 202"),
            row(TENANT, "GET /api/networks/{network}/coordinator-invitations")
                    .own("401 403 403 403 200 200")
                    .other("401 403 403 403 403 200"),
            row(TENANT, "DELETE /api/networks/{network}/coordinator-invitations/{coordinatorInvitation}")
                    .own("401 403 403 403 204 204")
                    .other("401 403 403 403 403 204")
                    .foreignIds("401 403 403 403 404 404"),
            row(TENANT, "DELETE /api/networks/{network}/coordinators/{coordinator}")
                    .own("401 403 403 403 200 200")
                    .other("401 403 403 403 403 409")
                    .foreignIds("401 403 403 403 200 200"),
            row(TENANT, "POST /api/networks/{network}/communes", "{\"commune\": \"{commune}\"}")
                    .own("401 403 403 403 200 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 403 403 403 423 423"),
            row(TENANT, "GET /api/networks/{network}/communes")
                    .own("401 403 403 403 200 200")
                    .other("401 403 403 403 403 403"),
            row(TENANT, "GET /api/communes/{commune}/networks")
                    .own("401 200 200 200 403 200")
                    .other("401 403 403 403 403 200")
                    .suspended("401 200 200 200 403 200"),
            row(TENANT, "PUT /api/communes/{commune}/networks/{network}")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "PUT /api/communes/{commune}/networks/{network}/sharing/PLAN")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "DELETE /api/communes/{commune}/networks/{network}/sharing/PLAN")
                    .own("401 403 403 200 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "DELETE /api/communes/{commune}/networks/{network}")
                    .own("401 403 403 204 403 403")
                    .other("401 403 403 403 403 403")
                    .suspended("401 423 423 423 423 423"),
            row(TENANT, "DELETE /api/networks/{network}/communes/{commune}")
                    .own("401 403 403 403 204 204")
                    .other("401 403 403 403 403 204")
                    .suspended("401 403 403 403 423 423"),
            // The citizen and the facilitator leave, then rejoin for the next scene.
            row(TENANT, "DELETE /api/communes/{commune}/membership")
                    .own("401 204 204 409 204 204")
                    .other("401 204 204 204 204 204")
                    .suspended("401 423 423 423 423 423"),
            // Last, since it makes everyone who asks the admin of a commune of their own.
            row(TENANT, "POST /api/communes", "{newCommune}").own("401 202 202 202 202 202"));

    /** Operations the matrix leaves to a test of their own, with where. */
    private static final Map<String, String> ELSEWHERE =
            Map.of("DELETE /api/me", "only ever deletes the caller's own account: PersonalDataIT (tenant-service)");

    /** What each placeholder stands for in a scene; a permitted call that replaces an object updates its entry. */
    private static Map<String, String> objects(
            String commune,
            String network,
            String member,
            String admin,
            String invitation,
            String coordinator,
            String coordinatorInvitation,
            String code) {
        var objects = new LinkedHashMap<String, String>();
        objects.put("{commune}", commune);
        objects.put("{network}", network);
        objects.put("{member}", member);
        objects.put("{admin}", admin);
        objects.put("{invitation}", invitation);
        objects.put("{coordinator}", coordinator);
        objects.put("{coordinatorInvitation}", coordinatorInvitation);
        objects.put("{code}", code);
        return objects;
    }

    private static final String PASSWORD = "matrix-" + UUID.randomUUID();

    private static RunningPlatform platform;
    private static final Map<Who, String> people = new EnumMap<>(Who.class);
    private static String otherAdminAddress;
    private static final Map<String, String> tokens = new HashMap<>();
    private static final Map<String, Long> tokenTimes = new HashMap<>();
    private static final Map<Who, String> userIds = new EnumMap<>(Who.class);
    private static final Map<Scene, Map<String, String>> scenes = new EnumMap<>(Scene.class);
    /** Identifiers of the other commune's data that no answer to an outsider may hold. */
    private static final Map<String, String> otherIdentifiers = new LinkedHashMap<>();

    private static String home;
    private static String suspended;
    private static String elsewhere;
    private static String network;
    private static String otherNetwork;

    @BeforeAll
    static void twoCommunesTwoNetworksAndASuspendedCommune() {
        platform = RunningPlatform.get();
        var keycloak = platform.realmAdmin();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Who who : List.of(Who.CITIZEN, Who.FACILITATOR, Who.ADMIN, Who.COORDINATOR)) {
            people.put(who, "matrix-" + who.name().toLowerCase(Locale.ROOT) + "-" + run + "@example.org");
            keycloak.createUser(people.get(who), PASSWORD);
        }
        people.put(Who.OPERATOR, PlatformRealm.DEMO_OPERATOR);
        otherAdminAddress = "matrix-other-admin-" + run + "@example.org";
        keycloak.createUser(otherAdminAddress, PASSWORD);
        home = TestCommunes.anySlug("matrix");
        suspended = TestCommunes.anySlug("matrix-suspended");
        elsewhere = TestCommunes.anySlug("elsewhere");
        network = TestCommunes.anySlug("matrix-network");
        otherNetwork = TestCommunes.anySlug("other-network");
        var admin = tenant(Who.ADMIN);
        var otherAdmin = tenantAs(otherAdminAddress);
        activeCommune(admin, home);
        activeCommune(admin, suspended);
        activeCommune(otherAdmin, elsewhere);
        for (String slug : List.of(home, suspended)) {
            peopleJoin(slug);
        }

        var operator = tenant(Who.OPERATOR);
        expect(operator.post("/api/networks", "{\"slug\": \"" + network + "\", \"name\": \"Matrix network\"}"), 201);
        inviteCoordinator(operator, network, people.get(Who.COORDINATOR));
        var coordinator = tenant(Who.COORDINATOR);
        List<String> invitations = coordinator.get("/api/me/invitations").json("$[?(@.kind == 'COORDINATOR')].id");
        expect(coordinator.post("/api/me/invitations/" + invitations.getFirst() + "/acceptance", ""), 200);
        expect(
                otherAdmin.post(
                        "/api/networks", "{\"slug\": \"" + otherNetwork + "\", \"name\": \"Other matrix network\"}"),
                201);
        String homeCoordinatorInvitation = inviteCoordinator(operator, network, invitedAddress(network));
        String otherCoordinatorInvitation = inviteCoordinator(otherAdmin, otherNetwork, invitedAddress(otherNetwork));

        String homeInvitation = invite(admin, home);
        String suspendedInvitation = invite(admin, suspended);
        String otherInvitation = invite(otherAdmin, elsewhere);
        String otherAdminId = otherAdmin.get("/api/me").json("$.userId");
        String homeCode = code(admin, home);
        scenes.put(
                Scene.OWN,
                objects(
                        home,
                        network,
                        userId(Who.FACILITATOR),
                        userId(Who.ADMIN),
                        homeInvitation,
                        userId(Who.CITIZEN),
                        homeCoordinatorInvitation,
                        homeCode));
        scenes.put(
                Scene.OTHER,
                objects(
                        elsewhere,
                        otherNetwork,
                        otherAdminId,
                        otherAdminId,
                        otherInvitation,
                        otherAdminId,
                        otherCoordinatorInvitation,
                        homeCode));
        scenes.put(
                Scene.FOREIGN_IDS,
                objects(
                        home,
                        network,
                        otherAdminId,
                        otherAdminId,
                        otherInvitation,
                        otherAdminId,
                        otherCoordinatorInvitation,
                        homeCode));
        scenes.put(
                Scene.SUSPENDED,
                objects(
                        suspended,
                        network,
                        userId(Who.FACILITATOR),
                        userId(Who.ADMIN),
                        suspendedInvitation,
                        userId(Who.CITIZEN),
                        homeCoordinatorInvitation,
                        code(admin, suspended)));

        var citizen = platform.service(ASSEMBLY).withToken(token(people.get(Who.CITIZEN)));
        var homeCouncil = councilWithASeatedMember(
                platform.service(ASSEMBLY).withToken(token(people.get(Who.ADMIN))), home, userId(Who.CITIZEN), citizen);
        var suspendedCouncil = councilWithASeatedMember(
                platform.service(ASSEMBLY).withToken(token(people.get(Who.ADMIN))),
                suspended,
                userId(Who.CITIZEN),
                citizen);
        var otherAssembly = platform.service(ASSEMBLY).withToken(token(otherAdminAddress));
        var otherCouncil = councilWithASeatedMember(otherAssembly, elsewhere, otherAdminId, otherAssembly);
        for (var scene : List.of(Scene.OWN, Scene.SUSPENDED, Scene.OTHER, Scene.FOREIGN_IDS)) {
            var council = switch (scene) {
                case OWN -> homeCouncil;
                case SUSPENDED -> suspendedCouncil;
                case OTHER, FOREIGN_IDS -> otherCouncil;
            };
            scenes.get(scene).put("{assembly}", council.assembly());
            scenes.get(scene).put("{mandate}", council.mandate());
            scenes.get(scene).put("{session}", council.session());
            scenes.get(scene).put("{heldSession}", council.heldSession());
            scenes.get(scene).put("{attendanceVersion}", "1");
            scenes.get(scene).put("{recommendation}", council.recommendation());
            scenes.get(scene).put("{document}", council.document());
            scenes.get(scene).put("{draw}", council.draw());
            scenes.get(scene).put("{draftDraw}", council.draftDraw());
            scenes.get(scene).put("{offer}", council.offer());
            scenes.get(scene).put("{declinedOffer}", council.declinedOffer());
            scenes.get(scene).put("{amendment}", council.amendment());
            scenes.get(scene).put("{adopted}", council.adopted());
            scenes.get(scene).put("{voteSession}", council.voteSession());
            scenes.get(scene).put("{reviewSession}", council.reviewSession());
            scenes.get(scene).put("{seated}", council == otherCouncil ? otherAdminId : userId(Who.CITIZEN));
            // Who {newSeat} seats: a member of the scene's commune who holds no seat yet.
            scenes.get(scene).put("{seatable}", council == otherCouncil ? otherAdminId : userId(Who.FACILITATOR));
        }
        otherIdentifiers.put("assembly id", otherCouncil.assembly());
        otherIdentifiers.put("mandate id", otherCouncil.mandate());
        otherIdentifiers.put("session id", otherCouncil.session());
        otherIdentifiers.put("held session id", otherCouncil.heldSession());
        // Its adopted recommendation is public (and its public rows are not checked for identifiers); its draft is not.
        otherIdentifiers.put("draft recommendation id", otherCouncil.recommendation());
        otherIdentifiers.put("amendment id", otherCouncil.amendment());
        otherIdentifiers.put("document id", otherCouncil.document());
        // Its completed draw is public (its public rows are not checked for identifiers); its draft is not.
        otherIdentifiers.put("draft draw id", otherCouncil.draftDraw());

        var commune = otherAdmin.get("/api/communes/" + elsewhere);
        otherIdentifiers.put("commune id", commune.json("$.id"));
        otherIdentifiers.put("commune name", commune.json("$.name"));
        otherIdentifiers.put("invitation id", otherInvitation);
        otherIdentifiers.put("invited address", invitedAddress(elsewhere));
        otherIdentifiers.put("invitation code", code(otherAdmin, elsewhere));
        otherIdentifiers.put("admin's id", otherAdminId);
        otherIdentifiers.put("admin's address", otherAdminAddress);
        otherIdentifiers.put("network's invitation id", otherCoordinatorInvitation);
        otherIdentifiers.put("network's invited address", invitedAddress(otherNetwork));

        expect(
                operator.send(
                        "PUT",
                        "/api/communes/" + suspended + "/suspension",
                        "application/json",
                        "{\"reason\": \"matrix\"}"),
                200);
    }

    @Test
    void everyOperationOfEveryServiceHasItsRow() {
        var json = JsonMapper.shared();
        List<String> missing = new ArrayList<>();
        for (String service : List.of(TENANT, ASSEMBLY, PLAN)) {
            var document =
                    json.readTree(platform.gateway().get("/openapi/" + service).body());
            for (var path : document.get("paths").properties()) {
                for (var method : path.getValue().properties()) {
                    String operation = method.getKey().toUpperCase() + " " + path.getKey();
                    var template = Pattern.compile(
                            PLACEHOLDER.matcher(Pattern.quote(path.getKey())).replaceAll("\\\\E[^/]+\\\\Q"));
                    boolean covered = MATRIX.stream()
                            .anyMatch(row -> row.service().equals(service)
                                    && row.method().equalsIgnoreCase(method.getKey())
                                    && template.matcher(row.path()).matches());
                    if (!covered && !ELSEWHERE.containsKey(operation)) {
                        missing.add(service + ": " + operation);
                    }
                    for (var parameter : method.getValue().path("parameters")) {
                        if (parameter.path("name").asString().equals("caller")) {
                            missing.add(service + ": " + operation + " documents the signed-in caller as a parameter");
                        }
                    }
                }
            }
        }
        assertThat(missing).as("operations without a row in the matrix").isEmpty();
        assertThat(MATRIX.stream().map(Row::toString).collect(Collectors.toSet()))
                .as("one row per operation")
                .hasSize(MATRIX.size());
    }

    @Test
    void everyCallerGetsExactlyTheDesignedAnswerInEveryScene() {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        for (Row row : MATRIX) {
            for (Scene scene : row.scenes()) {
                int[] expected = row.expected().get(scene);
                if (expected == null || expected.length != Who.values().length) {
                    mismatches.add(row + " declares no " + Who.values().length + " statuses for " + scene);
                    continue;
                }
                for (Who who : Who.values()) {
                    check(row, scene, who, expected[who.ordinal()], mismatches);
                    cells++;
                }
            }
        }
        log.info("Authorisation matrix: {} rows, {} cells, {} mismatches", MATRIX.size(), cells, mismatches.size());
        assertThat(mismatches)
                .as("cells of the matrix that differ (%d cells)", cells)
                .isEmpty();
        theOtherCommunesDataIsUnchanged();
    }

    private static void check(Row row, Scene scene, Who who, int expected, List<String> mismatches) {
        var objects = scenes.get(scene);
        String path = fill(row.path(), objects);
        String body = fill(row.body(), objects);
        var response =
                caller(row.service(), who).send(row.method(), path, body.isEmpty() ? null : "application/json", body);
        if (response.status() != expected) {
            mismatches.add("%s as %s in %s: expected %d, got %s".formatted(row, who, scene, expected, response));
        }
        boolean outsider = who != Who.OPERATOR && (scene == Scene.OTHER || scene == Scene.FOREIGN_IDS);
        if (outsider && !row.path().startsWith("/api/public")) {
            otherIdentifiers.forEach((what, identifier) -> {
                boolean sent = path.contains(identifier) || body.contains(identifier);
                if (!sent && response.body().contains(identifier)) {
                    mismatches.add("%s as %s in %s shows the other commune's %s: %s"
                            .formatted(row, who, scene, what, response));
                }
            });
        }
        undo(row, scene, who, response);
    }

    /** Puts back what a permitted call changed, so that every cell meets the same communes. */
    private static void undo(Row row, Scene scene, Who who, ApiClient.Response response) {
        int status = response.status();
        var objects = scenes.get(scene);
        var operator = tenant(Who.OPERATOR);
        String commune = "/api/communes/" + objects.get("{commune}");
        var assemblyAdmin = caller(ASSEMBLY, Who.ADMIN);
        String mandates = commune + "/assembly/assemblies/" + objects.get("{assembly}") + "/mandates";
        if (row.path().endsWith("/mandates") && status == 201) {
            expect(
                    assemblyAdmin.post(
                            mandates + "/" + response.json("$.id") + "/withdrawal", "{\"reason\": \"undo\"}"),
                    200);
        }
        String sessions = commune + "/assembly/assemblies/" + objects.get("{assembly}") + "/sessions";
        if (row.path().endsWith("/cancellation") && status == 200) {
            objects.put("{session}", newSession(assemblyAdmin, sessions));
        }
        if (row.path().endsWith("/corrections") && status == 200) {
            int version = Integer.parseInt(objects.get("{attendanceVersion}")) + 1;
            expect(
                    assemblyAdmin.post(
                            sessions + "/" + objects.get("{heldSession}") + "/attendance/" + objects.get("{seated}")
                                    + "/corrections",
                            "{\"status\": \"PRESENT\", \"reason\": \"undo\", \"correcting\": " + version + "}"),
                    200);
            objects.put("{attendanceVersion}", String.valueOf(version + 1));
        }
        if (row.path().endsWith("/{draftDraw}/run") && status == 202) {
            String draws = commune + "/assembly/assemblies/" + objects.get("{assembly}") + "/draws";
            objects.put("{draftDraw}", draftDraw(assemblyAdmin, draws));
        }
        if (row.path().endsWith("/documents/{document}") && status == 204) {
            objects.put("{document}", upload(assemblyAdmin, sessions + "/" + objects.get("{heldSession}")));
        }
        if (row.path().endsWith("/withdrawal") && status == 200) {
            var again = assemblyAdmin.post(mandates, seatBody(userId(Who.CITIZEN), 1));
            expect(again, 201);
            objects.put("{mandate}", again.json("$.id"));
        }
        if (row.path().endsWith("/suspension") && status == 200) {
            if (row.method().equals("PUT") && scene != Scene.SUSPENDED) {
                expect(operator.send("DELETE", commune + "/suspension", null, ""), 200);
            } else if (row.method().equals("DELETE")) {
                expect(
                        operator.send("PUT", commune + "/suspension", "application/json", "{\"reason\": \"matrix\"}"),
                        200);
            }
        }
        if (row.path().endsWith("/invitations/{invitation}") && row.method().equals("DELETE") && status == 200) {
            objects.put("{invitation}", invite(tenant(Who.ADMIN), objects.get("{commune}")));
        }
        if (row.path().endsWith("/{coordinatorInvitation}") && status == 204) {
            String network = objects.get("{network}");
            var coordinator = scene == Scene.OTHER ? tenantAs(otherAdminAddress) : operator;
            String renewed = inviteCoordinator(coordinator, network, invitedAddress(network));
            objects.put("{coordinatorInvitation}", renewed);
            if (scene == Scene.OTHER) {
                otherIdentifiers.put("network's invitation id", renewed);
                scenes.get(Scene.FOREIGN_IDS).put("{coordinatorInvitation}", renewed);
            }
        }
        if (row.path().endsWith("/membership") && status / 100 == 2 && scene == Scene.OWN) {
            if (row.method().equals("POST") && (who == Who.COORDINATOR || who == Who.OPERATOR)) {
                expect(tenant(who).send("DELETE", commune + "/membership", null, ""), 204);
            }
            if (row.method().equals("DELETE") && (who == Who.CITIZEN || who == Who.FACILITATOR)) {
                peopleJoin(objects.get("{commune}"));
            }
        }
        if (row.path().endsWith("/joining/code") && status == 200) {
            objects.put("{code}", code(tenant(Who.ADMIN), objects.get("{commune}")));
        }
    }

    /**
     * The other commune still has its name, admin, open invitation and invitation code; the other network its sole
     * coordinator and an open invitation (the operator may revoke it: the test renews it).
     */
    private static void theOtherCommunesDataIsUnchanged() {
        var otherAdmin = tenantAs(otherAdminAddress);
        var commune = otherAdmin.get("/api/communes/" + elsewhere);
        assertThat((String) commune.json("$.status")).isEqualTo("ACTIVE");
        assertThat((String) commune.json("$.name")).isEqualTo(otherIdentifiers.get("commune name"));
        assertThat(code(otherAdmin, elsewhere)).isEqualTo(otherIdentifiers.get("invitation code"));
        assertThat(otherAdmin.get("/api/communes/" + elsewhere + "/invitations").body())
                .contains(otherIdentifiers.get("invitation id"));
        List<String> roles = otherAdmin
                .get("/api/communes/" + elsewhere + "/members")
                .json("$.items[?(@.userId == '" + otherIdentifiers.get("admin's id") + "')].roles[*]");
        assertThat(roles).contains("ADMIN");
        assertThat(otherAdmin
                        .get("/api/networks/" + otherNetwork + "/coordinator-invitations")
                        .body())
                .contains(otherIdentifiers.get("network's invitation id"));
        List<String> coordinators = otherAdmin
                .get("/api/networks/" + otherNetwork + "/coordinators")
                .json("$[*].userId");
        assertThat(coordinators).containsExactly(otherIdentifiers.get("admin's id"));
    }

    private static String fill(String template, Map<String, String> objects) {
        String filled = template;
        for (var object : objects.entrySet()) {
            filled = filled.replace(object.getKey(), object.getValue());
        }
        return filled.replace(
                        "{newCommune}", TestCommunes.requestBody(TestCommunes.anySlug("matrix-new"), "Matrix new"))
                .replace("{newSeat}", seatBody(objects.get("{seatable}"), 2))
                .replace(
                        "{newNetwork}",
                        "{\"slug\": \"" + TestCommunes.anySlug("matrix-new") + "\", \"name\": \"Matrix new\"}");
    }

    /** Invites the address to coordinate the network (the same 202 for anyone); the open invitation's id. */
    private static String inviteCoordinator(ApiClient coordinator, String network, String address) {
        expect(coordinator.post("/api/networks/" + network + "/coordinators", "{\"email\": \"" + address + "\"}"), 202);
        List<String> ids = coordinator
                .get("/api/networks/" + network + "/coordinator-invitations")
                .json("$[?(@.email == '" + address + "')].id");
        return ids.getFirst();
    }

    private static void activeCommune(ApiClient admin, String slug) {
        expect(admin.post("/api/communes", TestCommunes.requestBody(slug, "Matrix " + slug)), 202);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> "ACTIVE".equals(admin.get("/api/communes/" + slug).json("$.status")));
    }

    /** The citizen and the facilitator join with the invitation code, the facilitator granted; every service knows. */
    private static void peopleJoin(String slug) {
        var admin = tenant(Who.ADMIN);
        String code = code(admin, slug);
        for (Who who : List.of(Who.CITIZEN, Who.FACILITATOR)) {
            expect(tenant(who).post("/api/communes/" + slug + "/membership", "{\"code\": \"" + code + "\"}"), 200);
        }
        expect(
                admin.send(
                        "PUT",
                        "/api/communes/" + slug + "/members/" + userId(Who.FACILITATOR) + "/roles/FACILITATOR",
                        null,
                        ""),
                200);
        for (String service : List.of(ASSEMBLY, PLAN)) {
            String space = service.equals(ASSEMBLY) ? "assembly" : "plan";
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> caller(service, Who.CITIZEN)
                                            .get("/api/communes/" + slug + "/" + space)
                                            .status()
                                    == 200
                            && caller(service, Who.FACILITATOR)
                                            .get("/api/communes/" + slug + "/" + space)
                                            .status()
                                    == 200);
        }
    }

    /**
     * A commune's assembly, the mandate of the member in seat 1, an upcoming session they are convened to, and a
     * session held today with their attendance recorded; a draft recommendation with a declined amendment, and one
     * adopted by the member's vote at a vote session held today and accepted by the commune; a follow-up review
     * held today; a document of the held session.
     */
    record Council(
            String assembly,
            String mandate,
            String session,
            String heldSession,
            String recommendation,
            String amendment,
            String adopted,
            String voteSession,
            String reviewSession,
            String document,
            String draw,
            String draftDraw,
            String offer,
            String declinedOffer) {}

    private static Council councilWithASeatedMember(ApiClient admin, String slug, String member, ApiClient asMember) {
        String assemblies = "/api/communes/" + slug + "/assembly/assemblies";
        // The admin's role reaches assembly-service by event: wait until it lets them create.
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.get(assemblies).status() == 200);
        var created = admin.post(assemblies, NEW_ASSEMBLY);
        expect(created, 201);
        String id = created.json("$.id");
        var seated = admin.post(assemblies + "/" + id + "/mandates", seatBody(member, 1));
        expect(seated, 201);
        String sessions = assemblies + "/" + id + "/sessions";
        String session = newSession(admin, sessions);
        String heldSession = heldSession(admin, sessions, HELD_SESSION, member);
        String minutes = sessions + "/" + heldSession + "/minutes";
        expect(admin.send("PUT", minutes, "application/json", "{\"text\": \"Minutes\", \"editing\": 0}"), 200);
        expect(admin.post(minutes + "/publication", ""), 200);
        String voteSession = heldSession(admin, sessions, HELD_VOTE, member);
        String reviewSession = heldSession(admin, sessions, HELD_REVIEW, member);

        String recommendations = assemblies + "/" + id + "/recommendations";
        var draft = admin.post(recommendations, DRAFT);
        expect(draft, 201);
        String recommendation = draft.json("$.id");
        var amended = admin.post(
                recommendations + "/" + recommendation + "/amendments",
                "{\"body\": \"Other text\", \"rationale\": \"Why\", \"onVersion\": 1}");
        expect(amended, 201);
        String amendment = amended.json("$.amendments[0].id");
        expect(
                admin.post(
                        recommendations + "/" + recommendation + "/amendments/" + amendment + "/decision",
                        "{\"incorporate\": false}"),
                200);

        var toAdopt = admin.post(recommendations, DRAFT);
        expect(toAdopt, 201);
        String adopted = recommendations + "/" + toAdopt.json("$.id");
        expect(admin.post(adopted + "/vote", "{\"sessionId\": \"" + voteSession + "\"}"), 200);
        expect(asMember.post(adopted + "/vote/ballots", "{\"choice\": \"FOR\"}"), 200);
        var closed = admin.post(adopted + "/vote/closure", "");
        expect(closed, 200);
        assertThat(closed.<String>json("$.status")).isEqualTo("ADOPTED");
        expect(admin.post(adopted + "/answer", "{\"decision\": \"ACCEPTED\"}"), 200);

        // The drawn panel's seats offered, the first refusal recorded by staff: the second waits for its answer.
        String draw = completedDraw(admin, assemblies + "/" + id + "/draws");
        String seatingPath = assemblies + "/" + id + "/draws/" + draw + "/seating";
        var seating = admin.post(seatingPath, "{\"answerWithinDays\": 30}");
        expect(seating, 200);
        List<String> offers = seating.json("$.offers[*].id");
        expect(admin.post(seatingPath + "/offers/" + offers.get(0) + "/refusal", ""), 200);
        return new Council(
                id,
                seated.json("$.id"),
                session,
                heldSession,
                recommendation,
                amendment,
                toAdopt.json("$.id"),
                voteSession,
                reviewSession,
                upload(admin, sessions + "/" + heldSession),
                draw,
                draftDraw(admin, assemblies + "/" + id + "/draws"),
                offers.get(1),
                offers.get(0));
    }

    /** A draw with its quotas and a pool of four, ready to run: its id. */
    private static String draftDraw(ApiClient admin, String draws) {
        var created = admin.post(draws, NEW_DRAW);
        expect(created, 201);
        String id = created.json("$.id");
        expect(admin.send("PUT", draws + "/" + id + "/quotas", "application/json", DRAW_QUOTAS), 200);
        expect(admin.send("PUT", draws + "/" + id + "/pool", "text/csv", DRAW_POOL), 200);
        expect(
                admin.post(
                        draws + "/" + id + "/invitations",
                        "{\"letters\": 2, \"signUpUntil\": \""
                                + OffsetDateTime.now().plusDays(30) + "\"}"),
                200);
        return id;
    }

    /** A draw run to its end: its id. */
    private static String completedDraw(ApiClient admin, String draws) {
        String id = draftDraw(admin, draws);
        expect(admin.post(draws + "/" + id + "/run", ""), 202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED".equals(admin.get(draws + "/" + id).json("$.status")));
        return id;
    }

    /** A text document uploaded to the session: its id. */
    private static String upload(ApiClient admin, String session) {
        var uploaded = admin.send("POST", session + "/documents?name=matrix.txt", "text/plain", DOCUMENT_TEXT);
        expect(uploaded, 201);
        return uploaded.json("$.id");
    }

    /** A session of the assembly held today, with the member recorded present: its id. */
    private static String heldSession(ApiClient admin, String sessions, String body, String member) {
        var held = admin.post(sessions, body);
        expect(held, 201);
        String id = held.json("$.id");
        expect(
                admin.post(
                        sessions + "/" + id + "/attendance",
                        "{\"entries\": [{\"userId\": \"" + member + "\", \"status\": \"PRESENT\"}]}"),
                200);
        return id;
    }

    /** An upcoming session of the assembly, convened: its id. */
    private static String newSession(ApiClient admin, String sessions) {
        var created = admin.post(sessions, NEW_SESSION);
        expect(created, 201);
        String session = created.json("$.id");
        expect(admin.post(sessions + "/" + session + "/convocation", ""), 200);
        return session;
    }

    private static LocalDate todayInBrussels() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
    }

    private static String seatBody(String userId, int seat) {
        return "{\"userId\": \"" + userId + "\", \"name\": \"Matrix member\", \"seat\": " + seat + "}";
    }

    private static String invite(ApiClient admin, String slug) {
        var invited = admin.post(
                "/api/communes/" + slug + "/invitations",
                "{\"email\": \"" + invitedAddress(slug) + "\", \"role\": \"FACILITATOR\"}");
        expect(invited, 201);
        return invited.json("$.id");
    }

    private static String invitedAddress(String slug) {
        return "invited-" + slug + "@example.org";
    }

    private static String code(ApiClient admin, String slug) {
        return admin.get("/api/communes/" + slug + "/joining").json("$.invitationCode");
    }

    private static void expect(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }

    private static ApiClient tenant(Who who) {
        return caller(TENANT, who);
    }

    private static ApiClient tenantAs(String user) {
        return platform.service(TENANT).withToken(token(user));
    }

    private static ApiClient caller(String service, Who who) {
        return platform.service(service).withToken(who == Who.ANONYMOUS ? null : token(people.get(who)));
    }

    /** Tokens live 5 minutes; the run takes a few, so each is fetched again after two. */
    private static synchronized String token(String user) {
        long now = System.nanoTime();
        Long fetched = tokenTimes.get(user);
        if (fetched == null || now - fetched > Duration.ofMinutes(2).toNanos()) {
            String password =
                    user.equals(PlatformRealm.DEMO_OPERATOR) ? platform.tokens().demoPassword() : PASSWORD;
            tokens.put(user, platform.tokens().of(user, password));
            tokenTimes.put(user, now);
        }
        return tokens.get(user);
    }

    private static String userId(Who who) {
        return userIds.computeIfAbsent(who, w -> tenant(w).get("/api/me").json("$.userId"));
    }

    private static Row row(String service, String operation) {
        return row(service, operation, "");
    }

    private static Row row(String service, String operation, String body) {
        String[] parts = operation.split(" ", 2);
        return new Row(service, parts[0], parts[1], body, new EnumMap<>(Scene.class));
    }
}
