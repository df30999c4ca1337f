package org.civiclimate.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The realm file as shipped for production, and what devstack adds to it on import. */
class PlatformRealmTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void requiresTlsOffLoopbackAndNamesNoLocalBrowser() throws IOException {
        String file = resource(PlatformRealm.REALM_RESOURCE);
        JsonNode realm = JSON.readTree(file);

        assertThat(realm.path("sslRequired").asString()).isEqualTo("external");
        // Loopback is for devstack and tests, which add it (the SMTP relay's default host is no browser's).
        assertThat(realm.path("clients").toString()).doesNotContain("localhost").doesNotContain("127.0.0.1");
        JsonNode web = webClient(realm);
        assertThat(strings(web.path("redirectUris"))).containsExactly("${CIVICLIMATE_WEB_URL}/*");
        assertThat(strings(web.path("webOrigins"))).containsExactly("${CIVICLIMATE_WEB_URL}");
    }

    @Test
    void locksAccountsTemporarilyAndNamesABlocklistThatShipsWithIt() throws IOException {
        JsonNode realm = JSON.readTree(resource(PlatformRealm.REALM_RESOURCE));

        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();
        assertThat(realm.path("passwordPolicy").asString())
                .contains("length(12)")
                .contains("passwordBlacklist(civiclimate-common-passwords.txt)")
                .doesNotContain("digits")
                .doesNotContain("upperCase")
                .doesNotContain("specialChars");
        // Keycloak compares in lower case: an entry with capitals would never match.
        assertThat(resource(PlatformRealm.PASSWORD_BLACKLIST_RESOURCE).lines())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).isLowerCase());
    }

    @Test
    void namesTheCiviclimateThemeAndSpeaksEnglishUnlessThePersonChoseAnotherLanguage() throws IOException {
        JsonNode realm = JSON.readTree(resource(PlatformRealm.REALM_RESOURCE));

        assertThat(realm.path("loginTheme").asString()).isEqualTo(PlatformRealm.THEME);
        assertThat(realm.path("emailTheme").asString()).isEqualTo(PlatformRealm.THEME);
        assertThat(realm.path("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(strings(realm.path("supportedLocales"))).containsExactlyInAnyOrder("en", "fr", "nl", "de");
        // An English newcomer who asked for no language got French emails when the default was fr.
        assertThat(realm.path("defaultLocale").asString()).isEqualTo("en");
        String theme = PlatformRealm.THEME_RESOURCE;
        assertThat(resource(theme + "/login/theme.properties"))
                .contains("parent=keycloak.v2")
                .contains("locales=en,fr,nl,de");
        assertThat(resource(theme + "/email/theme.properties")).contains("locales=en,fr,nl,de");
        for (String language : List.of("en", "fr", "nl", "de")) {
            assertThat(resource(theme + "/login/messages/messages_" + language + ".properties"))
                    .as(language)
                    .contains("loginTitleHtml=Civiclimate", "civiclimateRegisterIntro=", "civiclimatePasswordPolicy=")
                    // The page after registering says how long the link lasts: keep it in step with the realm.
                    .contains(" 24 ");
            // The email says it from the realm's setting ({3}, e.g. "24 hours").
            assertThat(resource(theme + "/email/messages/messages_" + language + ".properties"))
                    .as(language)
                    .contains("emailVerificationSubject=", "emailVerificationBody=", "emailVerificationBodyHtml=")
                    .contains("{3}");
        }
    }

    @Test
    void asksForThePasswordOnTheRegistrationFormAndKeepsTheVerificationLinkValidForADay() throws IOException {
        JsonNode realm = JSON.readTree(resource(PlatformRealm.REALM_RESOURCE));

        assertThat(realm.path("verifyEmail").asBoolean()).isTrue();
        // Keycloak 26.7 defers the password until after verification when verifyEmail is on: the form had none, the
        // link led to "You need to change your password", and a closed tab left an account without any.
        assertThat(realm.path("registrationFlow").asString()).isEqualTo("registration");
        JsonNode passwordStep = execution(realm, "registration form", "registration-password-action");
        assertThat(passwordStep.path("requirement").asString()).isEqualTo("REQUIRED");
        JsonNode config = authenticatorConfig(
                realm, passwordStep.path("authenticatorConfig").asString());
        assertThat(config.path("config")
                        .path("always_set_password_on_register_form")
                        .asString())
                .isEqualTo("true");
        // The realm declares its flows, so Keycloak creates none of those it names: each must be complete.
        assertThat(execution(realm, "browser", "auth-cookie")
                        .path("requirement")
                        .asString())
                .isEqualTo("ALTERNATIVE");
        assertThat(execution(realm, "forms", "auth-username-password-form")
                        .path("requirement")
                        .asString())
                .isEqualTo("REQUIRED");
        assertThat(execution(realm, "direct grant", "direct-grant-validate-password")
                        .path("requirement")
                        .asString())
                .isEqualTo("REQUIRED");
        assertThat(execution(realm, "Browser - Conditional Organization", "organization")
                        .path("requirement")
                        .asString())
                .isEqualTo("ALTERNATIVE");

        assertThat(realm.path("attributes")
                        .path("actionTokenGeneratedByUserLifespan.verify-email")
                        .asLong())
                .isEqualTo(PlatformRealm.VERIFY_EMAIL_LINK_VALIDITY.toSeconds())
                .isEqualTo(24 * 3600);
        // Other links a person asks for (a password reset) last half an hour, not Keycloak's 5 minutes.
        assertThat(realm.path("actionTokenGeneratedByUserLifespan").asInt()).isEqualTo(1800);

        // "Back to application" after verifying in a fresh tab goes to the web app.
        JsonNode web = webClient(realm);
        assertThat(web.path("rootUrl").asString()).isEqualTo("${CIVICLIMATE_WEB_URL}");
        assertThat(web.path("baseUrl").asString()).isEqualTo("/");
    }

    @Test
    void addsDevelopmentOriginsToTheWebClientOnly() throws IOException {
        String file = resource(PlatformRealm.REALM_RESOURCE);

        JsonNode realm = JSON.readTree(PlatformRealm.withLocalWebOrigins(file, List.of("http://localhost:5173")));

        JsonNode web = webClient(realm);
        assertThat(strings(web.path("redirectUris")))
                .containsExactly("${CIVICLIMATE_WEB_URL}/*", "http://localhost:5173/*");
        assertThat(strings(web.path("webOrigins"))).containsExactly("${CIVICLIMATE_WEB_URL}", "http://localhost:5173");
        assertThat(web.path("attributes").path("post.logout.redirect.uris").asString())
                .isEqualTo("${CIVICLIMATE_WEB_URL}/*##http://localhost:5173/*");
        String users = resource(PlatformRealm.DEMO_USERS_RESOURCE);
        assertThat(PlatformRealm.withLocalWebOrigins(users, List.of("http://localhost:5173")))
                .isEqualTo(users);
    }

    private static JsonNode webClient(JsonNode realm) {
        for (JsonNode client : realm.path("clients")) {
            if (PlatformRealm.WEB_CLIENT.equals(client.path("clientId").asString())) {
                return client;
            }
        }
        throw new AssertionError("No web client in the realm");
    }

    private static JsonNode execution(JsonNode realm, String flow, String authenticator) {
        for (JsonNode candidate : realm.path("authenticationFlows")) {
            if (flow.equals(candidate.path("alias").asString())) {
                for (JsonNode execution : candidate.path("authenticationExecutions")) {
                    if (authenticator.equals(execution.path("authenticator").asString())) {
                        return execution;
                    }
                }
            }
        }
        throw new AssertionError("No " + authenticator + " in the flow " + flow);
    }

    private static JsonNode authenticatorConfig(JsonNode realm, String alias) {
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if (alias.equals(config.path("alias").asString())) {
                return config;
            }
        }
        throw new AssertionError("No authenticator config " + alias);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String resource(String name) throws IOException {
        try (var in = PlatformRealmTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
