package org.civiclimate.platform.infrastructure;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The platform's Keycloak realm as kept in this repository: one realm, Organizations enabled, one per commune. */
public final class PlatformRealm {

    public static final String NAME = "civiclimate";

    /** The realm: clients, service audiences, roles. Fit for production (test clients stay disabled there). */
    public static final String REALM_RESOURCE = "keycloak/civiclimate-realm.json";

    /** Demo users, for devstack and tests only. */
    public static final String DEMO_USERS_RESOURCE = "keycloak/civiclimate-users-0.json";

    /**
     * The blocklist of common passwords the realm's password policy names ({@code passwordBlacklist}): Keycloak reads it
     * from {@code data/password-blacklists/} in its home, so it must be installed there before the realm is imported.
     */
    public static final String PASSWORD_BLACKLIST_RESOURCE =
            "keycloak/password-blacklists/civiclimate-common-passwords.txt";

    /**
     * The login and email theme the realm names ({@code loginTheme}, {@code emailTheme}): keycloak.v2 with the web
     * app's colours, logo and wording in the realm's four languages.
     */
    public static final String THEME = "civiclimate";

    /** The theme's folder on the classpath, laid out as in Keycloak's {@code themes/} folder. */
    public static final String THEME_RESOURCE = "keycloak/themes/" + THEME;

    /** How long the link of the verification email stays valid: a newcomer may open it hours later, in another tab. */
    public static final java.time.Duration VERIFY_EMAIL_LINK_VALIDITY = java.time.Duration.ofHours(24);

    /**
     * Where devstack's browsers may come from besides the web app's own URL: the gateway on any loopback port and the
     * web app's development server. The realm file itself names none (production requires TLS off loopback).
     */
    public static final List<String> DEVELOPMENT_WEB_ORIGINS =
            List.of("http://localhost", "http://127.0.0.1", "http://localhost:5173");

    /** Public client of the web app (authorization code + PKCE). */
    public static final String WEB_CLIENT = "civiclimate-web";

    /** Confidential client tenant-service uses to manage organizations and users. */
    public static final String TENANT_ADMIN_CLIENT = "tenant-service-admin";

    /** Password-grant clients, enabled only where {@code CIVICLIMATE_TEST_CLIENTS_ENABLED=true} (devstack, tests). */
    public static final String TEST_CLIENT = "civiclimate-test";

    public static final String TEST_SHORT_LIVED_CLIENT = "civiclimate-test-short-lived";
    public static final String TEST_OTHER_AUDIENCE_CLIENT = "civiclimate-test-other-audience";

    /** The audiences a platform token carries, one per service. */
    public static final List<String> SERVICE_AUDIENCES = List.of("tenant-service", "assembly-service", "plan-service");

    /** The demo users of {@link #DEMO_USERS_RESOURCE}. */
    public static final String DEMO_OPERATOR = "operator@civiclimate.demo";

    public static final String DEMO_ADMIN = "admin@uccle.demo";
    public static final String DEMO_FACILITATOR = "facilitator@uccle.demo";
    public static final String DEMO_CITIZEN = "citizen@uccle.demo";
    public static final String DEMO_OTHER_ADMIN = "admin@namur.demo";
    public static final String DEMO_COORDINATOR = "coordinator@network.demo";

    private PlatformRealm() {}

    /**
     * The environment that fills the realm files' placeholders.
     *
     * @param webUrl where browsers open the web app (scheme, host, port): its redirect URI and CORS origin
     * @param smtpPort the port of the SMTP server on loopback that Keycloak sends its emails to
     */
    public static java.util.Map<String, String> environment(
            String tenantAdminSecret,
            String testClientSecret,
            String demoPassword,
            boolean testClientsEnabled,
            String webUrl,
            int smtpPort) {
        return java.util.Map.of(
                "CIVICLIMATE_TENANT_ADMIN_SECRET", tenantAdminSecret,
                "CIVICLIMATE_TEST_CLIENT_SECRET", testClientSecret,
                "CIVICLIMATE_DEMO_PASSWORD", demoPassword,
                "CIVICLIMATE_TEST_CLIENTS_ENABLED", Boolean.toString(testClientsEnabled),
                "CIVICLIMATE_WEB_URL", webUrl,
                "CIVICLIMATE_SMTP_PORT", Integer.toString(smtpPort));
    }

    /**
     * The realm file with browsers from {@code origins} allowed to sign in to the web client (redirect URIs, logout
     * redirects, CORS origins); other files (the users) unchanged.
     */
    public static String withLocalWebOrigins(String realmFile, List<String> origins) {
        if (origins.isEmpty()) {
            return realmFile;
        }
        var json = JsonMapper.shared();
        JsonNode realm = json.readTree(realmFile);
        boolean changed = false;
        for (JsonNode client : realm.path("clients")) {
            if (WEB_CLIENT.equals(client.path("clientId").asString()) && client instanceof ObjectNode web) {
                ArrayNode redirects = web.withArray("redirectUris");
                ArrayNode webOrigins = web.withArray("webOrigins");
                ObjectNode attributes = web.withObject("attributes");
                String logout = attributes.path("post.logout.redirect.uris").asString("");
                for (String origin : origins) {
                    redirects.add(origin + "/*");
                    webOrigins.add(origin);
                    logout = logout.isEmpty() ? origin + "/*" : logout + "##" + origin + "/*";
                }
                attributes.put("post.logout.redirect.uris", logout);
                changed = true;
            }
        }
        return changed ? json.writerWithDefaultPrettyPrinter().writeValueAsString(realm) : realmFile;
    }
}
