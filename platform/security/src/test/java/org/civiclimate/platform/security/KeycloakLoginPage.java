package org.civiclimate.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.TestKeycloak;

/**
 * Keycloak's real login page, driven as the web app's browser would: authorization code with PKCE for the web client,
 * then the identity-first forms (email, then password). Cookies by hand: Keycloak marks them {@code Secure} even on
 * http, which {@code java.net.CookieManager} then refuses to send.
 */
final class KeycloakLoginPage {

    /** The web app's redirect URI as the test realm allows it ({@code CIVICLIMATE_WEB_URL} is {@code http://localhost}). */
    static final String REDIRECT_URI = "http://localhost/signed-in";

    private static final Pattern FEEDBACK = Pattern.compile("kc-feedback-text\">([^<]*)<");
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern REGISTER_ACTION =
            Pattern.compile("id=\"kc-register-form\"[^>]*action=\"([^\"]*login-actions/registration[^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** What one sign-in attempt ended with: a redirect to the web app with a code, or the message the page shows. */
    record Outcome(boolean signedIn, String message) {}

    Outcome signIn(String email, String password) throws IOException, InterruptedException {
        var page = open(Map.of());
        if (page.body().contains("name=\"password\"")) {
            page = post(page, Map.of("username", email, "password", password));
        } else {
            // Identity-first (Organizations): the email on one page, the password on the next.
            page = post(page, Map.of("username", email));
            if (!page.body().contains("name=\"password\"")) {
                return outcome(page);
            }
            page = post(page, Map.of("password", password));
        }
        return outcome(page);
    }

    /**
     * A fresh browser's first page of the web client's sign-in, with extra parameters as keycloak-js sends them, e.g.
     * {@code ui_locales} ({@code login({locale})}) or {@code prompt=create} ({@code register()}).
     */
    HttpResponse<String> open(Map<String, String> parameters) throws IOException, InterruptedException {
        cookies.clear();
        var query = new LinkedHashMap<String, String>();
        query.put("client_id", PlatformRealm.WEB_CLIENT);
        query.put("redirect_uri", REDIRECT_URI);
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("state", UUID.randomUUID().toString());
        query.put("code_challenge", challenge(UUID.randomUUID() + "-" + UUID.randomUUID()));
        query.put("code_challenge_method", "S256");
        query.putAll(parameters);
        var page = send(HttpRequest.newBuilder(
                        URI.create(TestKeycloak.issuer() + "/protocol/openid-connect/auth?" + form(query)))
                .GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("No login page: " + page.statusCode() + " " + page.body());
        }
        return page;
    }

    /**
     * Submits the registration form of {@code page} (from {@link #open} with {@code prompt=create}) with these fields
     * and, as a browser does, the form's hidden ones (the page's language, {@code locale}).
     */
    HttpResponse<String> register(HttpResponse<String> page, Map<String, String> fields)
            throws IOException, InterruptedException {
        var action = REGISTER_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No registration form on the page: " + page.body());
        }
        var submitted = new LinkedHashMap<String, String>();
        var hidden = HIDDEN_INPUT.matcher(page.body().substring(action.start()));
        while (hidden.find()) {
            submitted.put(hidden.group(1), hidden.group(2));
        }
        submitted.putAll(fields);
        return send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(submitted))));
    }

    /** The page a redirect within Keycloak leads to, with this browser's cookies (redirects are not followed). */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        String location = redirect.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("No redirect: " + redirect.statusCode()));
        return send(HttpRequest.newBuilder(redirect.uri().resolve(location)).GET());
    }

    private static Outcome outcome(HttpResponse<String> page) {
        String location = page.headers().firstValue("Location").orElse("");
        boolean signedIn = page.statusCode() == 302 && location.startsWith(REDIRECT_URI) && location.contains("code=");
        var message = FEEDBACK.matcher(page.body());
        return new Outcome(signedIn, message.find() ? message.group(1).strip() : "");
    }

    private HttpResponse<String> post(HttpResponse<String> page, Map<String, String> fields)
            throws IOException, InterruptedException {
        var action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form on the page: " + page.body());
        }
        return send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
