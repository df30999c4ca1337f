package org.civiclimate.tenant.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestMail;
import org.civiclimate.tenant.TenantServiceIT;
import org.civiclimate.tenant.commune.KeycloakAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A network's coordinators invite people by email to coordinate it: every address gets the same answer, so that nobody
 * learns whose it is; the invitation is mailed over real SMTP; the person signed in with that address, and nobody else,
 * accepts it and coordinates the network.
 */
class CoordinatorInvitationIT extends TenantServiceIT {

    /** What differs between any two answers of the service: when, and the request's own id. */
    private static final Set<String> PER_REQUEST_HEADERS = Set.of("date", "x-request-id");

    private final String network = TestCommunes.anySlug("coord");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private ApiClient operator;

    @BeforeEach
    void aNetworkTheOperatorCoordinates() {
        operator = as(PlatformRealm.DEMO_OPERATOR);
        var created = operator.post("/api/networks", """
                {"slug": "%s", "name": "Coordinated %s"}""".formatted(network, network));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void anAddressOfSomeoneAnAddressOfNobodyAndACoordinatorsAddressGetTheSameAnswer() {
        as(PlatformRealm.DEMO_CITIZEN).get("/api/me"); // someone the platform knows: they signed in
        String known = PlatformRealm.DEMO_CITIZEN;
        String unknown = "nobody-" + tag + "@nowhere.example";
        String coordinating = PlatformRealm.DEMO_OPERATOR; // created the network, so coordinates it
        int knownMailsBefore = TestMail.to(known).size();

        var answers = List.of(known, unknown, coordinating, known, unknown.toUpperCase(Locale.ROOT)).stream()
                .map(email -> operator.post(path("/coordinators"), "{\"email\": \"" + email + "\"}"))
                .map(CoordinatorInvitationIT::wire)
                .toList();

        assertThat(answers.getFirst()).startsWith("202 ").endsWith("\n");
        assertThat(answers).as("the same bytes for every address, again or not").containsOnly(answers.getFirst());
        assertThat((List<String>) operator.get(path("/coordinator-invitations")).json("$[*].email"))
                .as("one open invitation per address: inviting again renewed it")
                .containsExactlyInAnyOrder(known, unknown, coordinating);
        // Invited twice within minutes: renewed, but mailed once (nobody can make the platform flood a mailbox).
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(unknown).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(known).size() >= knownMailsBefore + 1);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestMail.to(unknown).size() == 1);
        var mail = TestMail.to(unknown).getLast();
        assertThat(mail.subject())
                .isEqualTo("You are invited to coordinate Coordinated " + network + " on Civiclimate");
        assertThat(mail.text()).contains("/invitations/").doesNotContain(PlatformRealm.DEMO_OPERATOR);

        var invalid = operator.post(path("/coordinators"), "{\"email\": \"not-an-email\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat((String) invalid.json("$.errors[0].field")).isEqualTo("email");
        assertThat((String) invalid.json("$.errors[0].code")).isEqualTo("email");
    }

    @Test
    void anAddressTooLongOnceInLowerCaseIsRefusedNamingTheFieldAndNamesGoIntoEmailsOnOneLine() {
        // 252 characters as sent; İ becomes two characters in lower case, so 316 as stored.
        String address =
                "\u0130".repeat(64) + "@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + ".test";
        var admin = as(PlatformRealm.DEMO_ADMIN);
        String commune = TestCommunes.anySlug("long-address");
        activeCommune(admin, commune);
        var asCoordinator =
                operator.post("/api/networks/" + network + "/coordinators", "{\"email\": \"" + address + "\"}");
        var asStaff = admin.post(
                "/api/communes/" + commune + "/invitations",
                "{\"email\": \"" + address + "\", \"role\": \"FACILITATOR\"}");
        for (var refused : List.of(asCoordinator, asStaff)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat((String) refused.json("$.errors[0].field")).isEqualTo("email");
            assertThat((String) refused.json("$.errors[0].code")).isEqualTo("too-long");
        }
        var multiline = operator.post("/api/networks", """
                {"slug": "%s", "name": "Evil\\r\\nBcc: someone@example.org"}""".formatted(TestCommunes.anySlug("evil")));
        assertThat(multiline.status()).as(multiline.toString()).isEqualTo(400);
        assertThat((String) multiline.json("$.errors[0].field")).isEqualTo("name");
        assertThat((String) multiline.json("$.errors[0].code")).isEqualTo("one-line");
    }

    @Test
    void theInvitedPersonAndNobodyElseAcceptsAndThenCoordinatesTheNetwork() {
        var person = newPerson("cora", "Cora Coordinator");
        String email = "cora-" + tag + "@example.org";
        var citizen = as(PlatformRealm.DEMO_CITIZEN);
        assertThat(operator.post(path("/coordinators"), "{\"email\": \"" + email.toUpperCase(Locale.ROOT) + "\"}")
                        .status())
                .isEqualTo(202);

        String id = coordinatorInvitation(person, network);
        assertThat((List<String>) person.get("/api/me/invitations").json("$[?(@.id == '" + id + "')].networkName"))
                .containsExactly("Coordinated " + network);
        assertThat((List<String>) citizen.get("/api/me/invitations").json("$[*].id"))
                .doesNotContain(id);
        assertThat(citizen.post(acceptance(id), "").status())
                .as("someone else's invitation")
                .isEqualTo(404);
        assertThat((Boolean) person.get("/api/networks/" + network).json("$.coordinating"))
                .isFalse();

        var accepted = person.post(acceptance(id), "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat((String) accepted.json("$.kind")).isEqualTo("COORDINATOR");
        assertThat((String) accepted.json("$.networkSlug")).isEqualTo(network);
        assertThat((Boolean) person.get("/api/networks/" + network).json("$.coordinating"))
                .isTrue();
        assertThat(person.get(path("/communes")).status()).isEqualTo(200);
        assertThat((List<String>) operator.get(path("/coordinators")).json("$[*].email"))
                .contains(email);
        assertThat((List<String>) operator.get(path("/coordinator-invitations")).json("$[*].id"))
                .doesNotContain(id);
        var again = person.post(acceptance(id), "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("invitation-not-open");
    }

    @Test
    void coordinatorsSeeTheOpenInvitationsAndRevokeOneWhichCanNoLongerBeAccepted() {
        var person = newPerson("rita", "Rita Revoked");
        String email = "rita-" + tag + "@example.org";
        var citizen = as(PlatformRealm.DEMO_CITIZEN);
        var admin = as(PlatformRealm.DEMO_ADMIN);
        operator.post(path("/coordinators"), "{\"email\": \"" + email + "\"}");
        List<String> ids = operator.get(path("/coordinator-invitations")).json("$[?(@.email == '" + email + "')].id");
        String id = ids.getFirst();
        assertThat(citizen.get(path("/coordinator-invitations")).status()).isEqualTo(403);
        assertThat(citizen.send("DELETE", path("/coordinator-invitations/" + id), null, "")
                        .status())
                .isEqualTo(403);
        String other = network + "-o";
        assertThat(admin.post("/api/networks", "{\"slug\": \"" + other + "\", \"name\": \"Other\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.send("DELETE", "/api/networks/" + other + "/coordinator-invitations/" + id, null, "")
                        .status())
                .as("another network's coordinator")
                .isEqualTo(404);

        assertThat(operator.send("DELETE", path("/coordinator-invitations/" + id), null, "")
                        .status())
                .isEqualTo(204);

        assertThat((List<String>) operator.get(path("/coordinator-invitations")).json("$[*].id"))
                .doesNotContain(id);
        assertThat((List<String>) person.get("/api/me/invitations").json("$[*].id"))
                .doesNotContain(id);
        assertThat(person.post(acceptance(id), "").problem()).isEqualTo("invitation-not-open");
        assertThat(operator.send("DELETE", path("/coordinator-invitations/" + id), null, "")
                        .problem())
                .isEqualTo("invitation-not-open");
        assertThat((Boolean) person.get("/api/networks/" + network).json("$.coordinating"))
                .isFalse();
    }

    @Test
    void anExpiredInvitationIsNeitherShownNorAcceptedUntilItIsRenewed() {
        var person = newPerson("eliot", "Eliot Expired");
        String email = "eliot-" + tag + "@example.org";
        operator.post(path("/coordinators"), "{\"email\": \"" + email + "\"}");
        String id = coordinatorInvitation(person, network);
        jdbc.sql("update coordinator_invitation set expires_at = now() - interval '1 minute' where id = ?::uuid")
                .param(id)
                .update();

        assertThat((List<String>) person.get("/api/me/invitations").json("$[*].id"))
                .doesNotContain(id);
        var expired = person.post(acceptance(id), "");
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.problem()).isEqualTo("invitation-not-open");

        operator.post(path("/coordinators"), "{\"email\": \"" + email + "\"}");
        assertThat(coordinatorInvitation(person, network)).as("renewed").isEqualTo(id);
        assertThat(person.post(acceptance(id), "").status()).isEqualTo(200);
    }

    @Test
    void theInvitationIsMailedInItsLanguageAndReadByItsLinkAndANewcomerAcceptsItAfterRegistering() {
        String email = "nina-" + tag + "@signup.example";
        var asked = operator.post(path("/coordinators"), "{\"email\": \"" + email + "\", \"language\": \"fr\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        var unknownLanguage =
                operator.post(path("/coordinators"), "{\"email\": \"" + email + "\", \"language\": \"es\"}");
        assertThat(unknownLanguage.status()).isEqualTo(400);
        assertThat((String) unknownLanguage.json("$.errors[0].field")).isEqualTo("language");
        List<String> ids = operator.get(path("/coordinator-invitations")).json("$[?(@.email == '" + email + "')].id");
        String id = ids.getFirst();

        await().atMost(Duration.ofSeconds(30)).until(() -> !TestMail.to(email).isEmpty());
        var mail = TestMail.to(email).getLast();
        assertThat(mail.subject())
                .isEqualTo("Invitation à coordonner le réseau Coordinated " + network + " sur Civiclimate");
        assertThat(mail.text())
                .contains("http://localhost:8080/invitations/" + id)
                .contains("valable jusqu’au ");
        var read = anonymous().get("/api/public/invitations/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat((String) read.json("$.kind")).isEqualTo("COORDINATOR");
        assertThat((String) read.json("$.networkSlug")).isEqualTo(network);
        assertThat((String) read.json("$.status")).isEqualTo("OPEN");
        assertThat((String) read.json("$.addressHint")).isEqualTo("n•••@signup.example");

        KeycloakAdmin.createUser(email, "Nina Newcomer", "secret-" + email);
        var newcomer = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        var accepted = newcomer.post(acceptance(id), "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat((String) accepted.json("$.kind")).isEqualTo("COORDINATOR");
        assertThat((String) anonymous().get("/api/public/invitations/" + id).json("$.status"))
                .isEqualTo("ACCEPTED");
    }

    /** Someone with an account of their own, signed in with its verified address {@code name-tag@example.org}. */
    private ApiClient newPerson(String name, String fullName) {
        String email = name + "-" + tag + "@example.org";
        KeycloakAdmin.createUser(email, fullName, "secret-" + email);
        return anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
    }

    /** The answer as it goes over the wire, but for what differs from any request to the next. */
    private static String wire(ApiClient.Response response) {
        var headers = new TreeMap<>(response.raw().headers().map());
        headers.keySet().removeIf(name -> PER_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
        return response.status() + " " + headers + "\n" + response.body();
    }

    private String path(String rest) {
        return "/api/networks/" + network + rest;
    }

    private static String acceptance(String id) {
        return "/api/me/invitations/" + id + "/acceptance";
    }
}
