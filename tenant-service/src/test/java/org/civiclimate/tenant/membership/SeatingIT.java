package org.civiclimate.tenant.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.events.fixtures.OtherServices;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.tenant.TenantServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The member role follows seating: assembly-service's {@code mandate.changed}, sent to the real broker as its relay
 * does, grants and revokes it through the same path as every role change (audited, announced with
 * {@code membership.changed}); real Keycloak, Kafka and database.
 */
class SeatingIT extends TenantServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String slug = TestCommunes.anySlug("seat");
    private final String otherSlug = TestCommunes.anySlug("seat-other");
    private ApiClient admin;
    private ApiClient citizen;
    private UUID commune;
    private UUID otherCommune;
    private String citizenId;

    @BeforeEach
    void aCitizenOfOneOfTwoActiveCommunes() {
        admin = as(PlatformRealm.DEMO_ADMIN);
        citizen = as(PlatformRealm.DEMO_CITIZEN);
        commune = activeCommune(admin, slug);
        otherCommune = activeCommune(admin, otherSlug);
        String code = admin.get(path(slug, "/joining")).json("$.invitationCode");
        var joined = citizen.post(path(slug, "/membership"), "{\"code\": \"" + code + "\"}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        citizenId = citizen.get("/api/me").json("$.userId");
    }

    @Test
    void aSeatedCitizenBecomesAMemberUntilUnseatedAndKeepsBeingACitizen() {
        UUID mandate = UUID.randomUUID();
        byte[] seating = mandateChanged(commune, citizenId, mandate, true);

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(announcedRoles(commune, citizenId))
                        .containsExactly("[\"CITIZEN\"]", "[\"CITIZEN\",\"MEMBER\"]"));
        assertThat(rolesIn(slug)).containsExactly("CITIZEN", "MEMBER");
        var granted = seatingAudit(slug, "ROLE_GRANTED");
        assertThat(granted).hasSize(1);
        assertThat(granted.getFirst())
                .containsEntry("actorId", "platform")
                .containsEntry(
                        "detail", Map.of("userId", citizenId, "role", "MEMBER", "mandateId", mandate.toString()));

        // The same event delivered again, and a second mandate's seating (a new event saying the same): nothing
        // changes. An event sent after them to the same commune (same partition) shows they were processed.
        OtherServices.deliverAgain(new CommuneId(commune), "mandate.changed", seating);
        mandateChanged(commune, citizenId, UUID.randomUUID(), true);
        awaitProcessed(commune);
        assertThat(announcedRoles(commune, citizenId)).hasSize(2);
        assertThat(seatingAudit(slug, "ROLE_GRANTED")).hasSize(1);
        assertThat(rolesIn(slug)).containsExactly("CITIZEN", "MEMBER");

        mandateChanged(commune, citizenId, mandate, false);
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(announcedRoles(commune, citizenId)).last().isEqualTo("[\"CITIZEN\"]"));
        assertThat(rolesIn(slug)).containsExactly("CITIZEN");
        assertThat(seatingAudit(slug, "ROLE_REVOKED")).hasSize(1);

        mandateChanged(commune, citizenId, mandate, false);
        awaitProcessed(commune);
        assertThat(announcedRoles(commune, citizenId)).as("unseated again").hasSize(3);
        assertThat(rolesIn(slug)).containsExactly("CITIZEN");
    }

    @Test
    void seatingInAnotherCommuneLeavesThisOneAloneAndUnseatingLeavesNoRoleThere() {
        mandateChanged(commune, citizenId, UUID.randomUUID(), true);
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(announcedRoles(commune, citizenId)).last().isEqualTo("[\"CITIZEN\",\"MEMBER\"]"));

        UUID elsewhere = UUID.randomUUID();
        mandateChanged(otherCommune, citizenId, elsewhere, true);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(announcedRoles(otherCommune, citizenId))
                        .as("a membership made by the seating")
                        .containsExactly("[\"MEMBER\"]"));
        assertThat(rolesIn(otherSlug)).containsExactly("MEMBER");

        mandateChanged(otherCommune, citizenId, elsewhere, false);
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(announcedRoles(otherCommune, citizenId)).containsExactly("[\"MEMBER\"]", "[]"));
        assertThat(citizen.get("/api/me").<List<String>>json("$.communes[*].slug"))
                .contains(slug)
                .doesNotContain(otherSlug);

        assertThat(announcedRoles(commune, citizenId)).hasSize(2);
        assertThat(rolesIn(slug)).containsExactly("CITIZEN", "MEMBER");
        assertThat(seatingAudit(slug, "ROLE_REVOKED")).isEmpty();
    }

    /** Sends {@code mandate.changed} as assembly-service does. */
    private static byte[] mandateChanged(UUID commune, String userId, UUID mandate, boolean seated) {
        return OtherServices.announce(
                new CommuneId(commune),
                "mandate.changed",
                Map.of("communeId", commune, "userId", userId, "mandateId", mandate, "seated", seated));
    }

    /** Seats someone new in the commune and waits for it: the events sent before to the commune were processed. */
    private void awaitProcessed(UUID commune) {
        String newcomer = "seat-" + UUID.randomUUID();
        mandateChanged(commune, newcomer, UUID.randomUUID(), true);
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(announcedRoles(commune, newcomer)).containsExactly("[\"MEMBER\"]"));
    }

    private List<String> rolesIn(String slug) {
        List<List<String>> roles = citizen.get("/api/me").json("$.communes[?(@.slug == '" + slug + "')].roles");
        assertThat(roles).as("the citizen's communes include " + slug).hasSize(1);
        return roles.getFirst();
    }

    /** The commune's audit entries of the action on the citizen's member role. */
    private List<Map<String, Object>> seatingAudit(String slug, String action) {
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        return operator.get(path(slug, "/audit?size=200"))
                .json("$.items[?(@.action == '" + action + "' && @.detail.role == 'MEMBER' && @.detail.userId == '"
                        + citizenId + "')]");
    }

    private List<String> announcedRoles(UUID commune, String userId) {
        return jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'roles' from outbox_event
                         where commune_id = ? and type = 'membership.changed'
                           and convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'userId' = ?
                         order by position""").params(commune, userId).query(String.class).list().stream()
                .map(roles -> roles.replace(" ", ""))
                .toList();
    }

    private static String path(String slug, String rest) {
        return "/api/communes/" + slug + rest;
    }
}
