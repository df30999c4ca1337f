package org.civiclimate.tenant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
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
}
