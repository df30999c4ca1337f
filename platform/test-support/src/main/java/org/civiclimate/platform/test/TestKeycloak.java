package org.civiclimate.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.KeycloakDistribution;
import org.civiclimate.platform.infrastructure.KeycloakServer;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.infrastructure.Ports;

/**
 * The test JVM's Keycloak: the real server started from the built distribution with the platform realm and demo users
 * imported, or the server named by {@code civiclimate.test.keycloak.url} (which must have them imported, with the
 * secrets and demo password given by {@code civiclimate.test.keycloak.test-client-secret},
 * {@code .tenant-admin-secret} and {@code .demo-password}; the tests that create a realm also need the server's admin,
 * {@code .admin-user} (default {@code admin}) and {@code .admin-password}).
 */
public final class TestKeycloak {

    private TestKeycloak() {}

    /** The base URL, e.g. {@code http://127.0.0.1:41234}. */
    public static String baseUrl() {
        return Holder.INSTANCE.baseUrl;
    }

    /** The realm's issuer as the services are configured with it. */
    public static String issuer() {
        return baseUrl() + "/realms/" + PlatformRealm.NAME;
    }

    public static String demoPassword() {
        return Holder.INSTANCE.demoPassword;
    }

    public static String tenantAdminSecret() {
        return Holder.INSTANCE.tenantAdminSecret;
    }

    /** The server's own administrator (master realm), who may create realms; see {@link RealmAdmin#server()}. */
    static String adminUser() {
        return Holder.INSTANCE.adminUser;
    }

    static String adminPassword() {
        return Holder.INSTANCE
                .adminPassword()
                .orElseThrow(() -> new IllegalStateException(
                        "civiclimate.test.keycloak.admin-password must be set with civiclimate.test.keycloak.url"));
    }

    /** Tokens the platform must refuse, made from and beside the real Keycloak's (another realm, forged headers). */
    public static ForgedTokens forgedTokens() {
        return ForgedTokens.instance();
    }

    public static TestTokens tokens() {
        return new TestTokens(baseUrl(), Holder.INSTANCE.testClientSecret, demoPassword());
    }

    /** What a service under test needs to validate tokens of this Keycloak and to manage its realm. */
    public static Map<String, Object> springProperties() {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer(),
                "civiclimate.keycloak.url", baseUrl(),
                "civiclimate.keycloak.realm", PlatformRealm.NAME,
                "civiclimate.keycloak.client-id", PlatformRealm.TENANT_ADMIN_CLIENT,
                "civiclimate.keycloak.client-secret", tenantAdminSecret(),
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", TestMail.smtpPort());
    }

    private record Instance(
            String baseUrl,
            String testClientSecret,
            String tenantAdminSecret,
            String demoPassword,
            String adminUser,
            Optional<String> adminPassword) {}

    private static final class Holder {
        static final Instance INSTANCE = TestSettings.get("civiclimate.test.keycloak.url")
                .map(url -> new Instance(
                        url,
                        required("civiclimate.test.keycloak.test-client-secret"),
                        required("civiclimate.test.keycloak.tenant-admin-secret"),
                        required("civiclimate.test.keycloak.demo-password"),
                        TestSettings.get("civiclimate.test.keycloak.admin-user").orElse("admin"),
                        TestSettings.get("civiclimate.test.keycloak.admin-password")))
                .orElseGet(() -> Containers.wanted() ? startContainer() : startEmbedded());

        private static Instance startContainer() {
            var instance = new Instance(
                    "",
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    "demo-" + UUID.randomUUID(),
                    "admin",
                    Optional.of("admin"));
            var container = Containers.keycloak(PlatformRealm.environment(
                    instance.tenantAdminSecret(),
                    instance.testClientSecret(),
                    instance.demoPassword(),
                    true,
                    "http://localhost",
                    TestMail.smtpPort()));
            return new Instance(
                    "http://127.0.0.1:" + container.getMappedPort(8080),
                    instance.testClientSecret(),
                    instance.tenantAdminSecret(),
                    instance.demoPassword(),
                    instance.adminUser(),
                    instance.adminPassword());
        }

        private static Instance startEmbedded() {
            try {
                var instance = new Instance(
                        "",
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(),
                        "demo-" + UUID.randomUUID(),
                        "admin",
                        Optional.of(UUID.randomUUID().toString()));
                var distribution = KeycloakDistribution.prepare(KeycloakDistribution.defaultCacheRoot());
                var home = Files.createTempDirectory("civiclimate-keycloak");
                var server = KeycloakServer.start(
                        distribution,
                        new KeycloakServer.Settings(
                                home,
                                TestPostgres.server().provisionOwnedDatabase("keycloak"),
                                Ports.free(),
                                Ports.free(),
                                List.of(PlatformRealm.REALM_RESOURCE, PlatformRealm.DEMO_USERS_RESOURCE),
                                PlatformRealm.environment(
                                        instance.tenantAdminSecret(),
                                        instance.testClientSecret(),
                                        instance.demoPassword(),
                                        true,
                                        // The web client's redirect URI becomes http://localhost/*, where
                                        // the login-page tests (and Keycloak's loopback rule, any port) land.
                                        "http://localhost",
                                        TestMail.smtpPort()),
                                instance.adminUser(),
                                instance.adminPassword().orElseThrow(),
                                "384m",
                                null,
                                // The realm as shipped: it must work on loopback over http without additions.
                                List.of()));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-keycloak"));
                return new Instance(
                        server.baseUrl(),
                        instance.testClientSecret(),
                        instance.tenantAdminSecret(),
                        instance.demoPassword(),
                        instance.adminUser(),
                        instance.adminPassword());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String required(String key) {
            return TestSettings.get(key)
                    .orElseThrow(
                            () -> new IllegalStateException(key + " must be set with civiclimate.test.keycloak.url"));
        }
    }
}
