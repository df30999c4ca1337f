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
