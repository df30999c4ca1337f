package org.civiclimate.tenant.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestMail;
import org.civiclimate.tenant.TenantServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin invites staff by email; Keycloak mails the invitation over real SMTP; the invited person accepts it. */
class InvitationIT extends TenantServiceIT {

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

        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestMail.to(PlatformRealm.DEMO_FACILITATOR).size() > mailsBefore);
        var mail = TestMail.to(PlatformRealm.DEMO_FACILITATOR).getLast();
        assertThat(mail.text()).as("Keycloak's invitation, with its link").contains("/realms/civiclimate/");

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

    private String invitations() {
        return "/api/communes/" + slug + "/invitations";
    }
}
