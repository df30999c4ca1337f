package org.civiclimate.tenant.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.civiclimate.platform.infrastructure.MailCatcher.CapturedMail;
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
 * An admin invites staff by email; the platform mails the invitation over real SMTP, in the commune's language, with
 * one link; whoever holds the link reads it before signing in; the invited person accepts it, also after registering.
 */
class InvitationIT extends TenantServiceIT {

    private static final Pattern LINKS = Pattern.compile("https?://\\S+");

    private final String slug = TestCommunes.anySlug("invite");
    private ApiClient admin;
    private ApiClient facilitator;
    private ApiClient citizen;

    @BeforeEach
    void anActiveCommune() {
        var anonymous = anonymous();
        admin = as(PlatformRealm.DEMO_ADMIN);
        facilitator = as(PlatformRealm.DEMO_FACILITATOR);
        citizen = as(PlatformRealm.DEMO_CITIZEN);
        activeCommune(admin, slug);
    }

    @Test
    void theInvitedPersonGetsTheEmailAndTheRoleOnAccepting() {
        int mailsBefore = TestMail.to(PlatformRealm.DEMO_FACILITATOR).size();

        var invited = admin.post(invitations(), """
                {"email": "Facilitator@Uccle.demo", "role": "FACILITATOR"}""");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat((String) invited.json("$.status")).isEqualTo("OPEN");
        assertThat((String) invited.json("$.email")).isEqualTo(PlatformRealm.DEMO_FACILITATOR);
        String id = invited.json("$.id");

        var mail = mailAbout(PlatformRealm.DEMO_FACILITATOR, mailsBefore, id);
        assertThat(mail.subject())
                .isEqualTo("Invitation à rejoindre l’équipe de la commune de Commune " + slug + " sur Civiclimate");
        assertThat(LINKS.matcher(mail.text()).results().map(MatchResult::group).toList())
                .as("one link, to the invitation's page")
                .containsExactly("http://localhost:8080/invitations/" + id);
        assertThat(mail.text())
                .contains("en tant que facilitateur·rice")
                .contains("valable jusqu’au ")
                .doesNotContain("&#", "&amp;", "/realms/");

        var mine = facilitator.get("/api/me/invitations");
        assertThat((List<String>) mine.json("$[?(@.id == '" + id + "')].communeSlug"))
                .containsExactly(slug);
        assertThat(citizen.post("/api/me/invitations/" + id + "/acceptance", "").status())
                .as("someone else's invitation")
                .isEqualTo(404);

        var accepted = facilitator.post("/api/me/invitations/" + id + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat((List<String>) accepted.json("$.roles")).containsExactly("FACILITATOR");
        var again = facilitator.post("/api/me/invitations/" + id + "/acceptance", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problem()).isEqualTo("invitation-not-open");
        assertThat((List<String>) admin.get(invitations()).json("$.items[*].status"))
                .containsExactly("ACCEPTED");
        assertThat((List<String>) admin.get("/api/communes/" + slug + "/audit").json("$.items[*].action"))
                .contains("STAFF_INVITED", "INVITATION_ACCEPTED");
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        String id = admin.post(invitations(), """
                {"email": "%s", "role": "ADMIN"}""".formatted(PlatformRealm.DEMO_CITIZEN))
                .json("$.id");

        var revoked = admin.send("DELETE", invitations() + "/" + id, null, "");
        assertThat((String) revoked.json("$.status")).isEqualTo("REVOKED");

        assertThat((List<String>) citizen.get("/api/me/invitations").json("$[*].id"))
                .doesNotContain(id);
        assertThat(citizen.post("/api/me/invitations/" + id + "/acceptance", "").problem())
                .isEqualTo("invitation-not-open");
        assertThat((List<String>) citizen.get("/api/me").json("$.communes[*].slug"))
                .doesNotContain(slug);
    }

    @Test
    void onlyAdminsInviteAndOnlyStaffRoles() {
        assertThat(citizen.post(invitations(), """
                        {"email": "someone@example.org", "role": "FACILITATOR"}""").status()).isEqualTo(403);
        for (String body : new String[] {
            "{\"email\": \"not-an-email\", \"role\": \"FACILITATOR\"}",
            "{\"email\": \"a@b.be\", \"role\": \"KING\"}",
            "{\"role\": \"ADMIN\"}",
        }) {
            assertThat(admin.post(invitations(), body).status()).as(body).isEqualTo(400);
        }
        var citizenRole = admin.post(invitations(), "{\"email\": \"a@b.be\", \"role\": \"CITIZEN\"}");
        assertThat(citizenRole.status()).isEqualTo(400);
        assertThat((String) citizenRole.json("$.errors[0].field")).isEqualTo("role");
        assertThat((String) citizenRole.json("$.errors[0].code")).isEqualTo("one-of");
        assertThat((List<String>) citizenRole.json("$.errors[0].params.allowed"))
                .containsExactly("ADMIN", "FACILITATOR");
        assertThat((String) admin.post(invitations(), "{\"email\": \"not-an-email\", \"role\": \"ADMIN\"}")
                        .json("$.errors[0].field"))
                .isEqualTo("email");
    }

    @Test
    void theInvitationIsWrittenInTheLanguageAskedForIfTheCommuneSpeaksIt() {
        int mailsBefore = TestMail.to(PlatformRealm.DEMO_CITIZEN).size();
        var foreign = admin.post(invitations(), """
                {"email": "%s", "role": "ADMIN", "language": "de"}""".formatted(PlatformRealm.DEMO_CITIZEN));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat((List<String>) foreign.json("$.errors[*].field")).containsExactly("language");
        assertThat((String) foreign.json("$.errors[0].code")).isEqualTo("one-of");
        assertThat((List<String>) foreign.json("$.errors[0].params.allowed")).containsExactly("fr", "nl");

        String id = admin.post(invitations(), """
                        {"email": "%s", "role": "ADMIN", "language": "nl"}""".formatted(PlatformRealm.DEMO_CITIZEN))
                .json("$.id");

        var mail = mailAbout(PlatformRealm.DEMO_CITIZEN, mailsBefore, id);
        assertThat(mail.subject()).isEqualTo("Uitnodiging voor het team van Commune " + slug + " op Civiclimate");
        assertThat(mail.text()).contains("als beheerder").contains("geldig tot ");
        assertThat((String) anonymous().get("/api/public/invitations/" + id).json("$.language"))
                .isEqualTo("nl");
    }

    @Test
    void aRequestWithSeveralBadFieldsNamesThemAllInOneAnswer() {
        var refused = admin.post(invitations(), """
                {"email": "not-an-email", "role": "CITIZEN", "language": "es"}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat((List<String>) refused.json("$.errors[*].field"))
                .containsExactlyInAnyOrder("email", "role", "language");
        assertThat((List<String>) refused.json("$.errors[*].code"))
                .as("each with the code the web app translates")
                .containsExactlyInAnyOrder("email", "one-of", "one-of");
    }

    @Test
    void whoeverHoldsTheLinkReadsTheInvitationBeforeSigningInAndANewcomerAcceptsItAfterRegistering() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "sam-" + tag + "@signup.example";
        String id = admin.post(invitations(), """
                        {"email": "%s", "role": "FACILITATOR"}""".formatted(email)).json("$.id");
        var anonymous = anonymous();

        var read = anonymous.get("/api/public/invitations/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat((String) read.json("$.kind")).isEqualTo("STAFF");
        assertThat((String) read.json("$.communeSlug")).isEqualTo(slug);
        assertThat((String) read.json("$.communeName")).isEqualTo("Commune " + slug);
        assertThat((String) read.json("$.role")).isEqualTo("FACILITATOR");
        assertThat((String) read.json("$.status")).isEqualTo("OPEN");
        assertThat((String) read.json("$.addressHint")).isEqualTo("s•••@signup.example");
        assertThat((String) read.json("$.expiresAt")).isNotBlank();
        assertThat(read.body()).doesNotContain(email);
        var unknown = anonymous.get("/api/public/invitations/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problem()).isEqualTo("invitation-not-found");
        assertThat(anonymous.get("/api/public/invitations/not-an-id").status()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(email).size() == 1);

        KeycloakAdmin.createUser(email, "Sam Newcomer", "secret-" + email);
        var newcomer = anonymous.withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        assertThat((List<String>) newcomer.get("/api/me/invitations").json("$[*].id"))
                .containsExactly(id);
        var accepted = newcomer.post("/api/me/invitations/" + id + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat((String) accepted.json("$.kind")).isEqualTo("STAFF");
        assertThat((String) anonymous.get("/api/public/invitations/" + id).json("$.status"))
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aRevokedInvitationReadsAsRevokedByItsLink() {
        String email = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@signup.example";
        String id = admin.post(invitations(), """
                        {"email": "%s", "role": "FACILITATOR"}""".formatted(email)).json("$.id");
        admin.send("DELETE", invitations() + "/" + id, null, "");
        assertThat((String) anonymous().get("/api/public/invitations/" + id).json("$.status"))
                .isEqualTo("REVOKED");
    }

    @Test
    void invitingTheSameAddressAgainAndAgainRenewsItButMailsItOnce() {
        String email = "flood-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var ids = IntStream.range(0, 5)
                .parallel()
                .mapToObj(i -> admin.post(invitations(), """
                        {"email": "%s", "role": "FACILITATOR"}""".formatted(email)))
                .filter(answer -> answer.status() == 201)
                .map(answer -> (String) answer.json("$.id"))
                .distinct()
                .toList();
        assertThat(ids).as("one open invitation, renewed").hasSize(1);

        mailAbout(email, 0, ids.getFirst());
        // Any further email would follow the first within moments: the events of a commune are relayed in order.
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .until(() -> TestMail.to(email).size() == 1);

        // Another role is news: the email sent named the old one, so this renewal is mailed at once.
        admin.post(invitations(), """
                {"email": "%s", "role": "ADMIN"}""".formatted(email));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.to(email).size() == 2);
    }

    private static CapturedMail mailAbout(String to, int before, String invitation) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestMail.to(to).stream()
                        .skip(before)
                        .anyMatch(m -> m.text().contains("/invitations/" + invitation)));
        return TestMail.to(to).stream()
                .skip(before)
                .filter(m -> m.text().contains("/invitations/" + invitation))
                .findFirst()
                .orElseThrow();
    }

    private String invitations() {
        return "/api/communes/" + slug + "/invitations";
    }
}
