package org.civiclimate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civiclimate.platform.infrastructure.MailCatcher.CapturedMail;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.RealmAdmin;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's pages as the platform ships them, fetched from the real server: the Civiclimate theme (installed in the
 * server's home, no rebuild) in the language the web app asks for ({@code ui_locales}), a registration form that asks
 * for the password under the realm's policy, and a verification email in the newcomer's language whose link lasts
 * hours, not Keycloak's default 5 minutes.
 */
class KeycloakPagesIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S*/login-actions/action-token\\?key=([\\w.-]+)");

    private final KeycloakLoginPage browser = new KeycloakLoginPage();
    private final RealmAdmin admin = RealmAdmin.platformRealm();

    @Test
    void servesTheSignInPageInCiviclimatesThemeAndInTheLanguageTheAppAsksFor() throws Exception {
        String french = browser.open(Map.of("ui_locales", "fr")).body();

        assertThat(french)
                .contains("lang=\"fr\"")
                .contains("/login/" + PlatformRealm.THEME + "/css/civiclimate.css")
                .contains("/login/" + PlatformRealm.THEME + "/img/favicon.svg")
                .contains("Se connecter à Civiclimate");
        assertThat(browser.open(Map.of("ui_locales", "nl")).body()).contains("Inloggen bij Civiclimate");
        // With no language asked for (and none from the browser), the realm's default: English, not French.
        assertThat(browser.open(Map.of()).body()).contains("lang=\"en\"").contains("Sign in to Civiclimate");

        var stylesheet = get(resourceUrl(french, "css/civiclimate.css"));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.body()).contains("#1b6b3a");
        assertThat(get(resourceUrl(french, "img/logo.svg")).statusCode()).isEqualTo(200);
    }

    @Test
    void asksANewcomerForAPasswordAndShowsTheRealmsPolicyBeforeTheyType() throws Exception {
        String english =
                browser.open(Map.of("prompt", "create", "ui_locales", "en")).body();

        assertThat(english)
                .contains("name=\"email\"")
                .contains("name=\"firstName\"")
                .contains("name=\"lastName\"")
                .contains("name=\"password\"")
                .contains("name=\"password-confirm\"")
                .contains("id=\"civiclimate-password-policy\"")
                .contains("At least 12 characters, not your email address and not a common password")
                .contains("id=\"civiclimate-register-intro\"")
                .contains("value=\"Create account\"");
        assertThat(browser.open(Map.of("prompt", "create", "ui_locales", "de")).body())
                .contains("name=\"password\"")
                .contains("Mindestens 12 Zeichen")
                .contains("value=\"Konto erstellen\"");

        var page = browser.open(Map.of("prompt", "create", "ui_locales", "en"));
        var refused = browser.register(page, registration(freshEmail(), "short-pw-11"));
        assertThat(refused.body()).contains("Invalid password: minimum length 12.");
    }

    @Test
    void mailsTheVerificationLinkInTheNewcomersLanguageValidForADay() throws Exception {
        String email = freshEmail();
        var page = browser.open(Map.of("prompt", "create", "ui_locales", "de"));

        var submitted = browser.register(page, registration(email, "ein langer Satz als Passwort"));

        assertThat(submitted.statusCode()).isEqualTo(302);
        var registered = browser.follow(submitted);
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("lang=\"de\"").contains("24 Stunden gültig");
        CapturedMail mail = awaitMail(email);
        assertThat(mail.subject()).isEqualTo("Bestätigen Sie Ihre E-Mail-Adresse für Civiclimate");
        // Keycloak words the realm's lifespan itself ({3} in the theme's message).
        assertThat(mail.text()).contains("Der Link ist 1 Tag gültig");
        var link = LINK.matcher(mail.text());
        assertThat(link.find()).as(mail.text()).isTrue();
        String claims =
                new String(Base64.getUrlDecoder().decode(link.group(1).split("\\.")[1]), StandardCharsets.UTF_8);
        long lifetime = ((Number) JsonPath.read(claims, "$.exp")).longValue()
                - ((Number) JsonPath.read(claims, "$.iat")).longValue();
        // Keycloak reads its clock twice (issued, expires): a second may tick between the two.
        assertThat(Duration.ofSeconds(lifetime))
                .isBetween(
                        PlatformRealm.VERIFY_EMAIL_LINK_VALIDITY.minusSeconds(1),
                        PlatformRealm.VERIFY_EMAIL_LINK_VALIDITY);

        // Remembered: the language goes with the account (later emails, a sign-in in another browser)...
        var users = admin.send("GET", "/" + PlatformRealm.NAME + "/users?exact=true&email=" + email, null);
        assertThat((List<String>) JsonPath.read(users.body(), "$[0].attributes.locale"))
                .containsExactly("de");
        // ...and so does the password chosen on the form: nobody is left without one after verifying.
        String userId = JsonPath.read(users.body(), "$[0].id");
        var credentials = admin.send("GET", "/" + PlatformRealm.NAME + "/users/" + userId + "/credentials", null);
        assertThat((List<String>) JsonPath.read(credentials.body(), "$[*].type"))
                .containsExactly("password");
    }

    private static Map<String, String> registration(String email, String password) {
        return Map.of(
                "email", email,
                "firstName", "Nora",
                "lastName", "Newcomer",
                "password", password,
                "password-confirm", password);
    }

    private static CapturedMail awaitMail(String address) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var mails = TestMail.to(address);
            if (!mails.isEmpty()) {
                return mails.getLast();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email to " + address + " within 10 s");
    }

    /** The URL of a file of the theme, as the page links it (with Keycloak's version segment). */
    private static String resourceUrl(String page, String file) {
        var stylesheet = Pattern.compile(
                        "href=\"(/resources/[^\"]*/login/" + PlatformRealm.THEME + "/)css/civiclimate.css\"")
                .matcher(page);
        assertThat(stylesheet.find()).isTrue();
        return TestKeycloak.baseUrl() + stylesheet.group(1) + file;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (var http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String freshEmail() {
        return "newcomer-" + UUID.randomUUID() + "@register.example";
    }
}
