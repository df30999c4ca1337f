package org.civiclimate.tenant.commune;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestKeycloak;
import org.jspecify.annotations.Nullable;

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

    /** Creates a user with a verified email and a password, as if they had registered; returns their id. */
    public static String createUser(String email, String name, String password) {
        return createUser(email, name, password, null);
    }

    /**
     * The same, with the language they chose on Keycloak's pages ({@code locale}, which their tokens then state), if
     * any.
     */
    public static String createUser(String email, String name, String password, @Nullable String locale) {
        String[] names = name.split(" ", 2);
        String attributes = locale == null ? "" : ", \"attributes\": {\"locale\": [\"" + locale + "\"]}";
        var created = admin().post("/admin/realms/civiclimate/users", """
                {"username": "%s", "email": "%s", "firstName": "%s", "lastName": "%s", "enabled": true,
                 "emailVerified": true, "credentials": [{"type": "password", "value": "%s", "temporary": false}]%s}""".formatted(
                        email, email, names[0], names[1], password, attributes));
        if (created.status() != 201) {
            throw new IllegalStateException("User not created: " + created);
        }
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public static boolean userExists(String userId) {
        return admin().get("/admin/realms/civiclimate/users/" + userId).status() == 200;
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
