package org.civiclimate.e2e;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civiclimate.platform.test.ApiClient;

/** Tokens from the platform's Keycloak for its users (devstack enables the password-grant test client). */
record E2eTokens(String keycloakUrl, String realm, String clientId, String clientSecret, String demoPassword) {

    String of(String user) {
        return of(user, demoPassword);
    }

    String of(String user, String password) {
        var response = ApiClient.at(keycloakUrl)
                .send(
                        "POST",
                        "/realms/" + realm + "/protocol/openid-connect/token",
                        "application/x-www-form-urlencoded",
                        "grant_type=password&client_id=" + enc(clientId) + "&client_secret=" + enc(clientSecret)
                                + "&username=" + enc(user) + "&password=" + enc(password));
        if (response.status() != 200) {
            throw new IllegalStateException("No token for " + user + ": " + response);
        }
        return JsonPath.read(response.body(), "$.access_token");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
