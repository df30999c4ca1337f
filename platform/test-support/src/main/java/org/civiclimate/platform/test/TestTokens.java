package org.civiclimate.platform.test;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.civiclimate.platform.infrastructure.PlatformRealm;

/**
 * Access tokens issued by the real Keycloak, good and bad: for any user, expiring within seconds, for no platform
 * service, from another issuer, with a broken signature.
 */
public final class TestTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String clientSecret;
    private final String demoPassword;

    TestTokens(String baseUrl, String clientSecret, String demoPassword) {
        this.baseUrl = baseUrl;
        this.clientSecret = clientSecret;
        this.demoPassword = demoPassword;
    }

    /** A valid token of a demo user, for every platform service. */
    public String of(String demoUser) {
        return passwordGrant(baseUrl, PlatformRealm.TEST_CLIENT, demoUser, demoPassword, null);
    }

    public String of(String username, String password) {
        return passwordGrant(baseUrl, PlatformRealm.TEST_CLIENT, username, password, null);
    }

    /** A valid token asking for extra scopes, e.g. {@code organization}. */
    public String withScope(String demoUser, String scope) {
        return passwordGrant(baseUrl, PlatformRealm.TEST_CLIENT, demoUser, demoPassword, scope);
    }

    /** A token that expires two seconds after it is issued. */
    public String shortLived(String demoUser) {
        return passwordGrant(baseUrl, PlatformRealm.TEST_SHORT_LIVED_CLIENT, demoUser, demoPassword, null);
    }

    /** A genuine token of the realm whose audience names no platform service. */
    public String forAnotherAudience(String demoUser) {
        return passwordGrant(baseUrl, PlatformRealm.TEST_OTHER_AUDIENCE_CLIENT, demoUser, demoPassword, null);
    }

    /**
     * A genuine token, signed by the realm's key, whose issuer differs: Keycloak names the issuer after the host the
     * client used, here {@code localhost} instead of {@code 127.0.0.1}.
     */
    public String fromAnotherIssuer(String demoUser) {
        return passwordGrant(
                baseUrl.replace("127.0.0.1", "localhost"), PlatformRealm.TEST_CLIENT, demoUser, demoPassword, null);
    }

    /** The user a token was issued to (its {@code sub} claim), read without checking the signature. */
    public static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonPath.read(payload, "$.sub");
    }

    /** The token with one claim changed after signing, so that its signature no longer matches. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"email\":\"[^\"]*\"", "\"email\":\"forged@evil.example\"");
        if (forged.equals(payload)) {
            forged = payload.replaceFirst("\\{", "{\"forged\":true,");
        }
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
    }

    private String passwordGrant(String base, String clientId, String username, String password, String scope) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("username", username);
        form.put("password", password);
        if (scope != null) {
            form.put("scope", scope);
        }
        var request = HttpRequest.newBuilder(
                        URI.create(base + "/realms/" + PlatformRealm.NAME + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode() + " " + response.body());
            }
            return JsonPath.read(response.body(), "$.access_token");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
