package org.civiclimate.tenant.commune;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestKeycloak;

/** Reads the test Keycloak's organizations as tenant-service's own client may, to check what onboarding did. */
public final class KeycloakAdmin {

    private KeycloakAdmin() {}

    public static Optional<String> organization(String alias) {
        List<String> ids = JsonPath.read(
                admin().get("/admin/realms/civiclimate/organizations?search=" + alias)
                        .body(),
                "$[?(@.alias == '" + alias + "')].id");
        return ids.stream().findFirst();
    }

    public static List<String> members(String organizationId) {
        return JsonPath.read(
                admin().get("/admin/realms/civiclimate/organizations/" + organizationId + "/members")
                        .body(),
                "$[*].id");
    }

    private static ApiClient admin() {
        var token = ApiClient.at(TestKeycloak.baseUrl())
                .send(
                        "POST",
                        "/realms/civiclimate/protocol/openid-connect/token",
                        "application/x-www-form-urlencoded",
                        "grant_type=client_credentials&client_id=" + PlatformRealm.TENANT_ADMIN_CLIENT
                                + "&client_secret="
                                + URLEncoder.encode(TestKeycloak.tenantAdminSecret(), StandardCharsets.UTF_8));
        return ApiClient.at(TestKeycloak.baseUrl()).withToken(token.json("$.access_token"));
    }
}
