package org.civiclimate.tenant.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.tenant.TenantDatabase;
import org.civiclimate.tenant.TenantServiceIT;
import org.junit.jupiter.api.Test;

/** An operator suspends a commune, which becomes read-only for everyone in it, and reinstates it. */
class SuspensionIT extends TenantServiceIT {

    @Test
    void aSuspendedCommuneIsReadOnlyUntilAnOperatorReinstatesIt() {
        String slug = TestCommunes.anySlug("susp");
        var anonymous = anonymous();
        var admin = as(PlatformRealm.DEMO_ADMIN);
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        activeCommune(admin, slug);
        String suspension = "/api/communes/" + slug + "/suspension";

        assertThat(admin.send("PUT", suspension, "application/json", "{\"reason\": \"mine\"}")
                        .status())
                .as("only operators suspend")
                .isEqualTo(403);
        var noReason = operator.send("PUT", suspension, "application/json", "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat((String) noReason.json("$.errors[0].field")).isEqualTo("reason");

        var suspended = operator.send("PUT", suspension, "application/json", "{\"reason\": \"Unpaid invoices\"}");
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat((String) suspended.json("$.status")).isEqualTo("SUSPENDED");
        assertThat((String) suspended.json("$.suspensionReason")).isEqualTo("Unpaid invoices");

        var write =
                admin.send("PUT", "/api/communes/" + slug + "/joining", "application/json", "{\"policy\": \"OPEN\"}");
        assertThat(write.status()).isEqualTo(423);
        assertThat(write.problem()).isEqualTo("commune-read-only");
        assertThat(admin.get("/api/communes/" + slug).status())
                .as("reads go on")
                .isEqualTo(200);
        assertThat(operator.send("PUT", suspension, "application/json", "{\"reason\": \"again\"}")
                        .problem())
                .isEqualTo("invalid-commune-status");

        var reinstated = operator.send("DELETE", suspension, null, "");
        assertThat((String) reinstated.json("$.status")).isEqualTo("ACTIVE");
        assertThat(admin.send("PUT", "/api/communes/" + slug + "/joining", "application/json", "{\"policy\": \"OPEN\"}")
                        .status())
                .isEqualTo(200);
        assertThat((List<String>) admin.get("/api/communes/" + slug + "/audit").json("$.items[*].action"))
                .contains("COMMUNE_SUSPENDED", "COMMUNE_REINSTATED");
    }

    @Test
    void aNetworkCannotInviteNorRemoveASuspendedCommune() {
        String slug = TestCommunes.anySlug("suspn");
        String network = TestCommunes.anySlug("suspnet");
        var admin = as(PlatformRealm.DEMO_ADMIN);
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        activeCommune(admin, slug);
        assertThat(operator.post("/api/networks", """
                        {"slug": "%s", "name": "Network %s"}""".formatted(network, network))
                        .status())
                .isEqualTo(201);
        String communes = "/api/networks/" + network + "/communes";
        assertThat((String) operator.post(communes, "{\"commune\": \"" + slug + "\"}")
                        .json("$.status"))
                .isEqualTo("INVITED");
        suspend(operator, slug);

        // Neither path names the commune in /api/communes/{slug}: the service refuses them, as the filter would.
        var invited = operator.post(communes, "{\"commune\": \"" + slug + "\"}");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(423);
        assertThat(invited.problem()).isEqualTo("commune-read-only");
        var removed = operator.send("DELETE", communes + "/" + slug, null, "");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(423);
        assertThat(removed.problem()).isEqualTo("commune-read-only");
        assertThat((List<String>) admin.get("/api/communes/" + slug + "/networks")
                        .json("$[?(@.network == '" + network + "')].status"))
                .as("the commune still stands where it stood")
                .containsExactly("INVITED");

        operator.send("DELETE", "/api/communes/" + slug + "/suspension", null, "");
        assertThat(operator.send("DELETE", communes + "/" + slug, null, "").status())
                .isEqualTo(204);
    }

    @Test
    void aSuspendedCommuneGetsNoStaffThroughAnInvitationAcceptedMeanwhile() {
        String slug = TestCommunes.anySlug("suspi");
        var admin = as(PlatformRealm.DEMO_ADMIN);
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        var invited = as(PlatformRealm.DEMO_CITIZEN);
        activeCommune(admin, slug);
        var invitation =
                admin.post("/api/communes/" + slug + "/invitations", """
                {"email": "%s", "role": "FACILITATOR"}""".formatted(PlatformRealm.DEMO_CITIZEN));
        assertThat(invitation.status()).as(invitation.toString()).isEqualTo(201);
        String acceptance = "/api/me/invitations/" + invitation.json("$.id") + "/acceptance";
        suspend(operator, slug);

        var accepted = invited.post(acceptance, "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(423);
        assertThat(accepted.problem()).isEqualTo("commune-read-only");
        assertThat((List<String>)
                        admin.get("/api/communes/" + slug + "/invitations").json("$.items[*].status"))
                .containsExactly("OPEN");

        operator.send("DELETE", "/api/communes/" + slug + "/suspension", null, "");
        assertThat((List<String>) invited.post(acceptance, "").json("$.roles")).containsExactly("FACILITATOR");
    }

    @Test
    void readingAPublicCardWritesNothingInTheCommuneSuspendedOrNot() {
        String slug = TestCommunes.anySlug("suspr");
        var admin = as(PlatformRealm.DEMO_ADMIN);
        var anonymous = anonymous();
        var id = activeCommune(admin, slug);
        String card = "/api/public/communes/" + slug;

        var before = TenantDatabase.rowsOf(id);
        var read = anonymous.get(card);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat((String) read.json("$.joinPolicy")).isNotBlank();
        assertThat(TenantDatabase.rowsOf(id))
                .as("rows of the commune after a read")
                .isEqualTo(before);

        suspend(as(PlatformRealm.DEMO_OPERATOR), slug);
        var suspended = TenantDatabase.rowsOf(id);
        assertThat(anonymous.get(card).status()).isEqualTo(200);
        assertThat(TenantDatabase.rowsOf(id)).isEqualTo(suspended);
    }

    private static void suspend(ApiClient operator, String slug) {
        var suspended = operator.send(
                "PUT", "/api/communes/" + slug + "/suspension", "application/json", "{\"reason\": \"Unpaid\"}");
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    }
}
