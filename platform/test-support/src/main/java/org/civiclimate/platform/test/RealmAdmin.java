package org.civiclimate.platform.test;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.jspecify.annotations.Nullable;

/**
 * Keycloak's admin REST API for tests, as the platform realm's admin client (its users, keys, brute-force state) or as
 * the server's administrator (other realms). A fresh admin token per call: master tokens live a minute only.
 */
public final class RealmAdmin {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String tokenRealm;
    private final String tokenForm;

    private RealmAdmin(String baseUrl, String tokenRealm, String tokenForm) {
        this.baseUrl = baseUrl;
        this.tokenRealm = tokenRealm;
        this.tokenForm = tokenForm;
    }

    /** The platform realm's admin client (tenant-service's): manages its users, keys and settings, nothing else. */
    public static RealmAdmin platformRealm() {
        return platformRealm(TestKeycloak.baseUrl(), TestKeycloak.tenantAdminSecret());
    }

    /** The same client of a Keycloak this JVM did not start, e.g. a running devstack's. */
    public static RealmAdmin platformRealm(String baseUrl, String tenantAdminSecret) {
        return new RealmAdmin(
                baseUrl,
                PlatformRealm.NAME,
                "grant_type=client_credentials&client_id=" + PlatformRealm.TENANT_ADMIN_CLIENT + "&client_secret="
                        + encode(tenantAdminSecret));
    }

    /** The server's administrator, in the master realm: may create and delete realms. */
    public static RealmAdmin server() {
        return new RealmAdmin(
                TestKeycloak.baseUrl(),
                "master",
                "grant_type=password&client_id=admin-cli&username=" + encode(TestKeycloak.adminUser()) + "&password="
                        + encode(TestKeycloak.adminPassword()));
    }

    /** Sends a request to {@code /admin/realms} + {@code path}, e.g. {@code /civiclimate/users}, with a JSON body. */
    public HttpResponse<String> send(String method, String path, @Nullable String json) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms" + path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    /** Creates an enabled user of the platform realm, email verified, with this password; returns its id. */
    public String createUser(String email, String password) {
        var created = send("POST", "/" + PlatformRealm.NAME + "/users", userJson(email, password));
        if (created.statusCode() != 201) {
            throw new IllegalStateException(
                    "Keycloak did not create " + email + ": " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A user representation with what the realm requires before sign-in (names, verified email). */
    public static String userJson(String email, String password) {
        return """
                {"username": "%s", "email": "%s", "firstName": "Tess", "lastName": "Tester", "enabled": true,
                 "emailVerified": true, "credentials": [{"type": "password", "value": "%s", "temporary": false}]}""".formatted(email, email, password.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    private String token() {
        var response = send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + tokenRealm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(tokenForm))
                        .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "Keycloak refused an admin token: " + response.statusCode() + " " + response.body());
        }
        return JsonPath.read(response.body(), "$.access_token");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
