package org.civiclimate.platform.infrastructure;

import java.util.List;

/** The platform's Keycloak realm as kept in this repository: one realm, Organizations enabled, one per commune. */
public final class PlatformRealm {

    public static final String NAME = "civiclimate";

    /** The realm: clients, service audiences, roles. Fit for production (test clients stay disabled there). */
    public static final String REALM_RESOURCE = "keycloak/civiclimate-realm.json";

    /** Demo users, for devstack and tests only. */
    public static final String DEMO_USERS_RESOURCE = "keycloak/civiclimate-users-0.json";

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
}
