package org.civiclimate.tenant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.tenant.TenantDatabase;
import org.civiclimate.tenant.TenantServiceIT;
import org.civiclimate.tenant.commune.KeycloakAdmin;
import org.junit.jupiter.api.Test;

/** A person downloads what the platform holds about them, then deletes their account; real Keycloak and database. */
class PersonalDataIT extends TenantServiceIT {

    @Test
    void aPersonDownloadsTheirDataThenDeletesTheirAccountAndIsForgottenEverywhere() {
        var anonymous = anonymous();
        String email = "erase-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String userId = KeycloakAdmin.createUser(email, "Erin Erasable", "secret-" + email);
        var person = anonymous.withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        var admin = as(PlatformRealm.DEMO_ADMIN);
        String mine = TestCommunes.anySlug("mine");
        String joined = TestCommunes.anySlug("joined");
        UUID mineId = activeCommune(person, mine);
        activeCommune(admin, joined);
        String code = admin.get("/api/communes/" + joined + "/joining").json("$.invitationCode");
        person.post("/api/communes/" + joined + "/membership", "{\"code\": \"" + code + "\"}");

        var data = person.get("/api/me/data");
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.header("Content-Disposition")).contains("civiclimate-my-data.json");
        assertThat((String) data.json("$.profile.email")).isEqualTo(email);
        assertThat((List<String>) data.json("$.memberships[*].communeSlug")).containsExactlyInAnyOrder(mine, joined);
        assertThat((List<String>) data.json("$.recordedActions[*].action"))
                .contains("COMMUNE_REQUESTED", "MEMBER_JOINED");

        assertThat(anonymous.send("DELETE", "/api/me", null, "").status()).isEqualTo(401);
        var soleAdmin = person.send("DELETE", "/api/me", null, "");
        assertThat(soleAdmin.status()).isEqualTo(409);
        assertThat(soleAdmin.problem()).isEqualTo("last-admin");
        assertThat(soleAdmin.body()).contains("Commune " + mine);

        String personId = person.get("/api/me").json("$.userId");
        admin.post(
                "/api/communes/" + mine + "/membership",
                "{\"code\": \""
                        + person.get("/api/communes/" + mine + "/joining").json("$.invitationCode") + "\"}");
        person.send(
                "PUT",
                "/api/communes/" + mine + "/members/" + admin.get("/api/me").json("$.userId") + "/roles/ADMIN",
                null,
                "");

        assertThat(person.send("DELETE", "/api/me", null, "").status()).isEqualTo(204);

        assertThat(KeycloakAdmin.userExists(userId)).as("the Keycloak account").isFalse();
        assertThat(jdbc.sql("select count(*) from person where user_id = ?")
                        .param(personId)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat((List<String>)
                        admin.get("/api/communes/" + mine + "/members").json("$.items[*].userId"))
                .doesNotContain(personId);
        var trail = admin.get("/api/communes/" + mine + "/audit?size=200");
        assertThat((List<String>) trail.json("$.items[?(@.actorId == '" + personId + "')].action"))
                .as("the audit trail keeps the actions, without the name")
                .contains("COMMUNE_REQUESTED", "MEMBER_LEFT");
        assertThat(trail.body()).doesNotContain("Erin Erasable");
        assertThat(jdbc.sql("""
                        select count(*) from outbox_event where commune_id = ? and type = 'person.erased'""").param(mineId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void afterDeletingTheirAccountAPersonsAddressAndNameAreInNoRowOfTheDatabase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "quillon-" + tag + "@example.org";
        String surname = "Vexworth" + tag.replaceAll("[0-9]", "q");
        String name = "Quillon " + surname;
        KeycloakAdmin.createUser(email, name, "secret-" + email);
        var person = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        var admin = as(PlatformRealm.DEMO_ADMIN);
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        String own = TestCommunes.anySlug("qown");
        String staffed = TestCommunes.anySlug("qstaff");
        String pending = TestCommunes.anySlug("qpend");
        activeCommune(person, own);
        activeCommune(admin, staffed);
        activeCommune(admin, pending);
        assertThat((String) person.get("/api/me").json("$.email")).isEqualTo(email);

        // The person joins a commune, is invited to its staff and accepts; another commune's invitation stays open.
        String code = admin.get("/api/communes/" + staffed + "/joining").json("$.invitationCode");
        person.post("/api/communes/" + staffed + "/membership", "{\"code\": \"" + code + "\"}");
        String accepted = admin.post("/api/communes/" + staffed + "/invitations", """
                {"email": "%s", "role": "FACILITATOR"}""".formatted(email))
                .json("$.id");
        assertThat(person.post("/api/me/invitations/" + accepted + "/acceptance", "")
                        .status())
                .isEqualTo(200);
        String open = admin.post("/api/communes/" + pending + "/invitations", """
                {"email": "%s", "role": "ADMIN"}""".formatted(
                                email.toUpperCase(java.util.Locale.ROOT)))
                .json("$.id");
        // The person coordinates a network by invitation; another network's invitation stays open.
        String coordinated = TestCommunes.anySlug("qnet");
        String inviting = TestCommunes.anySlug("qinv");
        for (String network : List.of(coordinated, inviting)) {
            operator.post("/api/networks", "{\"slug\": \"" + network + "\", \"name\": \"Network " + network + "\"}");
        }
        appointCoordinator(operator, coordinated, email, person);
        operator.post("/api/networks/" + inviting + "/coordinators", "{\"email\": \"" + email + "\"}");
        String openCoordination = coordinatorInvitation(person, inviting);
        // The person hands their own commune over, so that they may leave it.
        admin.post(
                "/api/communes/" + own + "/membership",
                "{\"code\": \""
                        + person.get("/api/communes/" + own + "/joining").json("$.invitationCode") + "\"}");
        person.send(
                "PUT",
                "/api/communes/" + own + "/members/" + admin.get("/api/me").json("$.userId") + "/roles/ADMIN",
                null,
                "");
        // Erasure reaches suspended communes too (read-only for everything else).
        operator.send("PUT", "/api/communes/" + staffed + "/suspension", "application/json", "{\"reason\": \"Audit\"}");
        assertThat(TenantDatabase.columnsContaining(email))
                .as("before: the test finds the address")
                .isNotEmpty();

        var deleted = person.send("DELETE", "/api/me", null, "");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);

        assertThat(TenantDatabase.columnsContaining(email))
                .as("columns holding the address")
                .isEmpty();
        assertThat(TenantDatabase.columnsContaining(surname))
                .as("columns holding the name")
                .isEmpty();
        // The token outlives the account by minutes: it counts for nothing, and brings nothing back.
        var afterwards = person.get("/api/me");
        assertThat(afterwards.status()).as(afterwards.toString()).isEqualTo(401);
        assertThat(person.post("/api/communes", TestCommunes.requestBody(TestCommunes.anySlug("ghost"), "Ghost"))
                        .status())
                .isEqualTo(401);
        assertThat(TenantDatabase.columnsContaining(email))
                .as("columns holding the address after the old token was used")
                .isEmpty();
        assertThat((List<String>) admin.get("/api/communes/" + pending + "/invitations")
                        .json("$.items[?(@.id == '" + open + "')].status"))
                .as("the open invitation is withdrawn")
                .containsExactly("REVOKED");
        assertThat((List<String>) operator.get("/api/networks/" + inviting + "/coordinator-invitations")
                        .json("$[*].id"))
                .as("the open invitation to coordinate is withdrawn")
                .doesNotContain(openCoordination);
        assertThat(jdbc.sql("select count(*) from coordinator_invitation where id = ?::uuid and revoked_at is not null")
                        .param(openCoordination)
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThat((List<String>) admin.get("/api/communes/" + staffed + "/audit?size=200")
                        .json("$.items[*].action"))
                .as("the audit trail keeps what happened, by id")
                .contains("STAFF_INVITED", "INVITATION_ACCEPTED", "MEMBER_LEFT");
        assertThat((String) admin.get("/api/communes/" + staffed).json("$.status"))
                .isEqualTo("SUSPENDED");
    }

    @Test
    void theSoleAdminOfASuspendedCommuneCannotDeleteTheirAccountSoItKeepsAnAdmin() {
        String email = "sole-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakAdmin.createUser(email, "Solenne Sole", "secret-" + email);
        var person = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        String slug = TestCommunes.anySlug("qsole");
        UUID id = activeCommune(person, slug);
        as(PlatformRealm.DEMO_OPERATOR)
                .send("PUT", "/api/communes/" + slug + "/suspension", "application/json", "{\"reason\": \"Audit\"}");
        var before = TenantDatabase.rowsOf(id);

        var refused = person.send("DELETE", "/api/me", null, "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problem()).isEqualTo("last-admin");
        assertThat(TenantDatabase.rowsOf(id))
                .as("nothing of the suspended commune changed")
                .isEqualTo(before);
    }

    @Test
    void aDeletedAccountCoordinatesNothingAndItsOldTokenCannotActForANetwork() {
        String email = "coordinating-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String userId = KeycloakAdmin.createUser(email, "Cora Coordinating", "secret-" + email);
        var person = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        String network = TestCommunes.anySlug("erasing-network");
        operator.post("/api/networks", "{\"slug\": \"" + network + "\", \"name\": \"Erasing\"}");
        appointCoordinator(operator, network, email, person);
        assertThat(person.get("/api/networks/" + network + "/coordinators").status())
                .isEqualTo(200);

        assertThat(person.send("DELETE", "/api/me", null, "").status()).isEqualTo(204);

        assertThat((List<String>) operator.get("/api/networks/" + network + "/coordinators")
                        .json("$[*].userId"))
                .doesNotContain(userId);
        var invited = person.post("/api/networks/" + network + "/coordinators", "{\"email\": \"someone@example.org\"}");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(403);
    }

    @Test
    void requestsInFlightWhileTheAccountIsDeletedBringNoProfileBack() throws Exception {
        for (int round = 0; round < 3; round++) {
            String email = "inflight-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            String userId = KeycloakAdmin.createUser(email, "Ines Inflight", "secret-" + email);
            var person = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
            person.get("/api/me");
            var deleting = new CountDownLatch(1);
            try (var pool = Executors.newFixedThreadPool(6)) {
                List<Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    readers.add(pool.submit(() -> {
                        deleting.await();
                        for (int i = 0; i < 10; i++) {
                            person.get("/api/me");
                        }
                        return null;
                    }));
                }
                deleting.countDown();
                assertThat(person.send("DELETE", "/api/me", null, "").status()).isEqualTo(204);
                for (var reader : readers) {
                    reader.get();
                }
            }
            assertThat(jdbc.sql("select count(*) from person where user_id = ?")
                            .param(userId)
                            .query(Integer.class)
                            .single())
                    .as("profile rows of the erased account, round " + round)
                    .isZero();
        }
    }
}
