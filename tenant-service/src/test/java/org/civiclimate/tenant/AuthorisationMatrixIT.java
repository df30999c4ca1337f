package org.civiclimate.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every tenant-service endpoint, called by each kind of caller on a commune where they have their role ("same") and
 * on another commune where they have none ("other"), with real tokens: the exact status each gets. A caller of
 * another commune is never answered with its data. A new endpoint gets its row here.
 */
class AuthorisationMatrixIT extends TenantServiceIT {

    enum Who {
        ANONYMOUS(null),
        CITIZEN(PlatformRealm.DEMO_CITIZEN),
        FACILITATOR(PlatformRealm.DEMO_FACILITATOR),
        ADMIN(PlatformRealm.DEMO_ADMIN),
        COORDINATOR(PlatformRealm.DEMO_COORDINATOR),
        OPERATOR(PlatformRealm.DEMO_OPERATOR);

        final String user;

        Who(String user) {
            this.user = user;
        }
    }

    /**
     * One call and the status each caller gets, in the order of {@link Who}: on the caller's own commune, then on
     * another one. {@code {slug}}, {@code {network}}, {@code {facilitator}} and {@code {admin}} are filled in.
     */
    record Row(String method, String path, String body, int[] same, int[] other) {}

    private static final List<Row> MATRIX = List.of(
            row("GET", "/api/me", "", s(401, 200, 200, 200, 200, 200), null),
            row("GET", "/api/communes", "", s(401, 403, 403, 403, 403, 200), null),
            row("POST", "/api/communes", "{}", s(401, 400, 400, 400, 400, 400), null),
            row(
                    "GET",
                    "/api/public/communes/{slug}",
                    "",
                    s(200, 200, 200, 200, 200, 200),
                    s(200, 200, 200, 200, 200, 200)),
            row("GET", "/api/communes/{slug}", "", s(401, 200, 200, 200, 403, 200), s(401, 403, 403, 403, 403, 200)),
            row(
                    "POST",
                    "/api/communes/{slug}/provisioning/retry",
                    "",
                    s(401, 403, 403, 409, 403, 409),
                    s(401, 403, 403, 403, 403, 409)),
            row(
                    "POST",
                    "/api/communes/{slug}/approval",
                    "",
                    s(401, 403, 403, 403, 403, 409),
                    s(401, 403, 403, 403, 403, 409)),
            // Only a request awaiting approval can be rejected: both communes here are active (OnboardingSafeguardsIT).
            row(
                    "POST",
                    "/api/communes/{slug}/rejection",
                    "{\"reason\": \"matrix\"}",
                    s(401, 403, 403, 403, 403, 409),
                    s(401, 403, 403, 403, 403, 409)),
            row(
                    "PUT",
                    "/api/communes/{slug}/suspension",
                    "{\"reason\": \"matrix\"}",
                    s(401, 403, 403, 403, 403, 200),
                    s(401, 403, 403, 403, 403, 200)),
            row(
                    "DELETE",
                    "/api/communes/{slug}/suspension",
                    "",
                    s(401, 403, 403, 403, 403, 409),
                    s(401, 403, 403, 403, 403, 409)),
            row(
                    "GET",
                    "/api/communes/{slug}/audit",
                    "",
                    s(401, 403, 403, 200, 403, 200),
                    s(401, 403, 403, 403, 403, 200)),
            row(
                    "GET",
                    "/api/communes/{slug}/members",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "PUT",
                    "/api/communes/{slug}/members/{facilitator}/roles/FACILITATOR",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "DELETE",
                    "/api/communes/{slug}/members/{admin}/roles/ADMIN",
                    "",
                    s(401, 403, 403, 409, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "GET",
                    "/api/communes/{slug}/joining",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "PUT",
                    "/api/communes/{slug}/joining",
                    "{\"policy\": \"INVITATION_CODE\"}",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "POST",
                    "/api/communes/{slug}/joining/code",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "POST",
                    "/api/communes/{slug}/membership",
                    "{}",
                    s(401, 200, 200, 200, 422, 422),
                    s(401, 422, 422, 422, 422, 422)),
            row(
                    "POST",
                    "/api/communes/{slug}/invitations",
                    "{\"email\": \"matrix@example.org\", \"role\": \"FACILITATOR\"}",
                    s(401, 403, 403, 201, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "GET",
                    "/api/communes/{slug}/invitations",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "DELETE",
                    "/api/communes/{slug}/invitations/" + UUID.randomUUID(),
                    "",
                    s(401, 403, 403, 404, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row("GET", "/api/me/invitations", "", s(401, 200, 200, 200, 200, 200), null),
            row(
                    "POST",
                    "/api/me/invitations/" + UUID.randomUUID() + "/acceptance",
                    "",
                    s(401, 404, 404, 404, 404, 404),
                    null),
            row("GET", "/api/me/data", "", s(401, 200, 200, 200, 200, 200), null),
            // DELETE /api/me only ever deletes the caller's own account: PersonalDataIT tries it with one made for it.
            row("GET", "/api/networks", "", s(401, 200, 200, 200, 200, 200), null),
            row("POST", "/api/networks", "{}", s(401, 400, 400, 400, 400, 400), null),
            row("GET", "/api/networks/{network}", "", s(401, 200, 200, 200, 200, 200), null),
            row("GET", "/api/networks/{network}/coordinators", "", s(401, 403, 403, 403, 200, 200), null),
            row(
                    "POST",
                    "/api/networks/{network}/coordinators",
                    "{\"email\": \"coordinator@network.demo\"}",
                    s(401, 403, 403, 403, 200, 200),
                    null),
            row("DELETE", "/api/networks/{network}/coordinators/nobody", "", s(401, 403, 403, 403, 200, 200), null),
            row(
                    "POST",
                    "/api/networks/{network}/communes",
                    "{\"commune\": \"{slug}\"}",
                    s(401, 403, 403, 403, 200, 200),
                    s(401, 403, 403, 403, 200, 200)),
            // The operator created the network, so coordinates it too; other operators get 403 (NetworkIT).
            row("GET", "/api/networks/{network}/communes", "", s(401, 403, 403, 403, 200, 200), null),
            row(
                    "GET",
                    "/api/communes/{slug}/networks",
                    "",
                    s(401, 200, 200, 200, 403, 200),
                    s(401, 403, 403, 403, 403, 200)),
            row(
                    "PUT",
                    "/api/communes/{slug}/networks/{network}",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "PUT",
                    "/api/communes/{slug}/networks/{network}/sharing/PLAN",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "DELETE",
                    "/api/communes/{slug}/networks/{network}/sharing/PLAN",
                    "",
                    s(401, 403, 403, 200, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "DELETE",
                    "/api/communes/{slug}/networks/{network}",
                    "",
                    s(401, 403, 403, 204, 403, 403),
                    s(401, 403, 403, 403, 403, 403)),
            row(
                    "DELETE",
                    "/api/networks/{network}/communes/{slug}",
                    "",
                    s(401, 403, 403, 403, 204, 204),
                    s(401, 403, 403, 403, 204, 204)),
            row(
                    "DELETE",
                    "/api/communes/{slug}/membership",
                    "",
                    s(401, 204, 204, 409, 204, 204),
                    s(401, 204, 204, 204, 204, 204)));

    private final Map<Who, ApiClient> callers = new EnumMap<>(Who.class);
    private final String home = TestCommunes.anySlug("matrix");
    private final String elsewhere = TestCommunes.anySlug("elsewhere");
    private final String network = TestCommunes.anySlug("network");
    private String elsewhereName;

    @BeforeEach
    void twoCommunesWithTheirPeople() {
        var anonymous = anonymous();
        for (Who who : Who.values()) {
            callers.put(
                    who,
                    who.user == null
                            ? anonymous
                            : anonymous.withToken(TestKeycloak.tokens().of(who.user)));
        }
        activeCommune(callers.get(Who.ADMIN), home);
        peopleRejoin();
        var otherAdmin = as(PlatformRealm.DEMO_OTHER_ADMIN);
        activeCommune(otherAdmin, elsewhere);
        elsewhereName = otherAdmin.get("/api/communes/" + elsewhere).json("$.name");
        var operator = callers.get(Who.OPERATOR);
        operator.post("/api/networks", "{\"slug\": \"" + network + "\", \"name\": \"Matrix network\"}");
        callers.get(Who.COORDINATOR).get("/api/me"); // the platform knows a person once they signed in
        operator.post(
                "/api/networks/" + network + "/coordinators",
                "{\"email\": \"" + PlatformRealm.DEMO_COORDINATOR + "\"}");
    }

    @Test
    void everyEndpointAnswersEachCallerExactlyAsDesigned() {
        var mismatches = new ArrayList<String>();
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                check(row, who, home, row.same()[who.ordinal()], mismatches);
                if (row.other() != null) {
                    check(row, who, elsewhere, row.other()[who.ordinal()], mismatches);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private void check(Row row, Who who, String slug, int expected, List<String> mismatches) {
        String body = row.body().replace("{slug}", slug);
        String path = row.path()
                .replace("{slug}", slug)
                .replace("{network}", network)
                .replace("{facilitator}", userId(Who.FACILITATOR))
                .replace("{admin}", userId(Who.ADMIN));
        var response = callers.get(who).send(row.method(), path, body.isEmpty() ? null : "application/json", body);
        String where = slug.equals(home) ? "same" : "other";
        if (response.status() != expected) {
            mismatches.add("%s %s as %s (%s commune): expected %d, got %s"
                    .formatted(row.method(), row.path(), who, where, expected, response));
        }
        boolean publicCard = row.path().startsWith("/api/public");
        boolean operator = who == Who.OPERATOR;
        if (slug.equals(elsewhere)
                && !publicCard
                && !operator
                && response.body().contains(elsewhereName)) {
            mismatches.add(
                    "%s %s as %s shows another commune's data: %s".formatted(row.method(), row.path(), who, response));
        }
        undo(row, who, slug, response.status());
    }

    /** Puts back what a permitted call changed, so that every row meets the same communes. */
    private void undo(Row row, Who who, String slug, int status) {
        if (row.path().endsWith("/suspension") && row.method().equals("PUT") && status == 200) {
            callers.get(Who.OPERATOR).send("DELETE", "/api/communes/" + slug + "/suspension", null, "");
        }
        if (row.path().endsWith("/membership")
                && row.method().equals("DELETE")
                && slug.equals(home)
                && (who == Who.CITIZEN || who == Who.FACILITATOR)) {
            peopleRejoin();
        }
    }

    /** The citizen and the facilitator are in the home commune with the invitation code, the facilitator granted. */
    private void peopleRejoin() {
        var admin = callers.get(Who.ADMIN);
        String code = admin.get("/api/communes/" + home + "/joining").json("$.invitationCode");
        for (Who who : List.of(Who.CITIZEN, Who.FACILITATOR)) {
            callers.get(who).post("/api/communes/" + home + "/membership", "{\"code\": \"" + code + "\"}");
        }
        admin.send(
                "PUT",
                "/api/communes/" + home + "/members/" + userId(Who.FACILITATOR) + "/roles/FACILITATOR",
                null,
                "");
    }

    private final Map<Who, String> userIds = new EnumMap<>(Who.class);

    private String userId(Who who) {
        return userIds.computeIfAbsent(who, w -> callers.get(w).get("/api/me").json("$.userId"));
    }

    private static Row row(String method, String path, String body, int[] same, int[] other) {
        return new Row(method, path, body, same, other);
    }

    private static int[] s(int... statuses) {
        return statuses;
    }
}
