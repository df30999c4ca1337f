package org.civiclimate.tenant.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.tenant.TenantServiceIT;
import org.civiclimate.tenant.commune.KeycloakAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Citizens join and leave, admins manage roles and joining, all audited and announced; real Keycloak and database. */
class MembershipIT extends TenantServiceIT {

    private final String slug = TestCommunes.anySlug("join");
    private ApiClient anonymous;
    private ApiClient admin;
    private ApiClient citizen;
    private UUID commune;

    @BeforeEach
    void anActiveCommune() {
        anonymous = anonymous();
        admin = as(PlatformRealm.DEMO_ADMIN);
        citizen = as(PlatformRealm.DEMO_CITIZEN);
        commune = activeCommune(admin, slug);
    }

    @Test
    void aCitizenJoinsWithTheInvitationCodeOnlyAndBecomesAnOrganizationMember() {
        var card = anonymous.get("/api/public/communes/" + slug);
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat((String) card.json("$.joinPolicy")).isEqualTo("INVITATION_CODE");

        var noCode = citizen.post(membership(), "{}");
        assertThat(noCode.status()).isEqualTo(422);
        assertThat(noCode.problem()).isEqualTo("invitation-code-invalid");
        assertThat((String) noCode.json("$.errors[0].field")).isEqualTo("code");
        assertThat((String) noCode.json("$.errors[0].code")).isEqualTo("required");
        assertThat(citizen.post(membership(), "{\"code\": \"WRONGCODE2\"}").status())
                .isEqualTo(422);

        String code = admin.get(path("/joining")).json("$.invitationCode");
        var joined = citizen.post(membership(), "{\"code\": \"" + code.toLowerCase() + "\"}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        assertThat((List<String>) joined.json("$.roles")).containsExactly("CITIZEN");
        assertThat(citizen.post(membership(), "{}").status())
                .as("joining again")
                .isEqualTo(200);

        String citizenId = citizen.get("/api/me").json("$.userId");
        assertThat(KeycloakAdmin.members(KeycloakAdmin.organization(slug).orElseThrow()))
                .contains(citizenId);
        assertThat((List<String>) citizen.get("/api/me").json("$.communes[?(@.slug == '" + slug + "')].roles[0]"))
                .containsExactly("CITIZEN");
        assertThat(announcedRoles(citizenId)).containsExactly("[\"CITIZEN\"]");
        assertThat(auditActions()).contains("MEMBER_JOINED");
    }

    @Test
    void anOpenCommuneLetsAnyoneInAndARenewedCodeStopsTheOldOne() {
        String first = admin.get(path("/joining")).json("$.invitationCode");
        String renewed = admin.post(path("/joining/code"), "").json("$.invitationCode");
        assertThat(renewed).isNotEqualTo(first);
        assertThat(citizen.post(membership(), "{\"code\": \"" + first + "\"}").status())
                .isEqualTo(422);

        var open = admin.send("PUT", path("/joining"), "application/json", "{\"policy\": \"OPEN\"}");
        assertThat((String) open.json("$.policy")).isEqualTo("OPEN");
        assertThat((String) anonymous.get("/api/public/communes/" + slug).json("$.joinPolicy"))
                .isEqualTo("OPEN");
        assertThat(citizen.post(membership(), "").status()).isEqualTo(200);

        var unknown = admin.send("PUT", path("/joining"), "application/json", "{\"policy\": \"ANYONE\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(auditActions()).contains("INVITATION_CODE_RENEWED", "JOINING_CHANGED");
    }

    @Test
    void adminsGrantAndRevokeRolesAndTheCommuneAlwaysKeepsAnAdmin() {
        joinAsCitizen();
        String citizenId = citizen.get("/api/me").json("$.userId");
        String adminId = admin.get("/api/me").json("$.userId");

        var members = admin.get(path("/members?q=citizen"));
        assertThat(members.status()).isEqualTo(200);
        assertThat((Integer) members.json("$.total")).isEqualTo(1);
        assertThat((String) members.json("$.items[0].userId")).isEqualTo(citizenId);
        assertThat((Integer) admin.get(path("/members")).json("$.total")).isEqualTo(2);
        assertThat((Integer) admin.get(path("/members?q=%25")).json("$.total"))
                .as("a % is searched as typed")
                .isZero();

        var granted = admin.send("PUT", path("/members/" + citizenId + "/roles/FACILITATOR"), null, "");
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat((List<String>) granted.json("$.roles")).containsExactly("CITIZEN", "FACILITATOR");
        assertThat(citizen.send("PUT", path("/members/" + adminId + "/roles/FACILITATOR"), null, "")
                        .status())
                .as("a facilitator is not an admin")
                .isEqualTo(403);
        assertThat(citizen.get(path("/members?q=citizen")).<Integer>json("$.total"))
                .as("a facilitator finds the members they seat")
                .isEqualTo(1);
        var citizenRole = admin.send("PUT", path("/members/" + citizenId + "/roles/CITIZEN"), null, "");
        assertThat(citizenRole.status()).isEqualTo(422);
        assertThat(citizenRole.problem()).isEqualTo("role-not-grantable");
        assertThat(admin.send("PUT", path("/members/" + citizenId + "/roles/KING"), null, "")
                        .status())
                .isEqualTo(400);
        assertThat(admin.send("PUT", path("/members/nobody/roles/ADMIN"), null, "")
                        .problem())
                .isEqualTo("member-not-found");

        var lastAdmin = admin.send("DELETE", path("/members/" + adminId + "/roles/ADMIN"), null, "");
        assertThat(lastAdmin.status()).isEqualTo(409);
        assertThat(lastAdmin.problem()).isEqualTo("last-admin");
        assertThat(admin.send("DELETE", membership(), null, "").problem()).isEqualTo("last-admin");

        admin.send("PUT", path("/members/" + citizenId + "/roles/ADMIN"), null, "");
        var revoked = citizen.send("DELETE", path("/members/" + adminId + "/roles/ADMIN"), null, "");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat((List<String>) revoked.json("$.roles")).isEmpty();
        assertThat(admin.get(path("/members")).status())
                .as("no longer an admin")
                .isEqualTo(403);
        assertThat(auditActions()).contains("ROLE_GRANTED", "ROLE_REVOKED");
    }

    @Test
    void aCitizenLeavesAndIsNoLongerInTheOrganization() {
        joinAsCitizen();
        String citizenId = citizen.get("/api/me").json("$.userId");

        assertThat(citizen.send("DELETE", membership(), null, "").status()).isEqualTo(204);
        assertThat(citizen.send("DELETE", membership(), null, "").status())
                .as("leaving again")
                .isEqualTo(204);

        assertThat(KeycloakAdmin.members(KeycloakAdmin.organization(slug).orElseThrow()))
                .doesNotContain(citizenId);
        assertThat(announcedRoles(citizenId)).last().isEqualTo("[]");
        assertThat(auditActions()).contains("MEMBER_LEFT");
    }

    @Test
    void onlyAdminsAndOperatorsReadTheAuditTrail() {
        joinAsCitizen();
        var operator = as(PlatformRealm.DEMO_OPERATOR);

        assertThat(citizen.get(path("/audit")).status()).isEqualTo(403);
        var trail = operator.get(path("/audit"));
        assertThat(trail.status()).isEqualTo(200);
        assertThat((List<String>) trail.json("$.items[*].action"))
                .as("newest first")
                .startsWith("MEMBER_JOINED")
                .endsWith("COMMUNE_REQUESTED");
    }

    private void joinAsCitizen() {
        String code = admin.get(path("/joining")).json("$.invitationCode");
        assertThat(citizen.post(membership(), "{\"code\": \"" + code + "\"}").status())
                .isEqualTo(200);
    }

    private List<String> announcedRoles(String userId) {
        return jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'roles' from outbox_event
                         where commune_id = ? and type = 'membership.changed'
                           and convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'userId' = ?
                         order by position""").params(commune, userId).query(String.class).list().stream()
                .map(roles -> roles.replace(" ", ""))
                .toList();
    }

    private List<String> auditActions() {
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        return operator.get(path("/audit?size=200")).json("$.items[*].action");
    }

    private String membership() {
        return path("/membership");
    }

    private String path(String rest) {
        return "/api/communes/" + slug + rest;
    }
}
