package org.civiclimate.tenant.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestCommunes;
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
}
