package org.civiclimate.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.KeycloakDistribution;
import org.civiclimate.platform.infrastructure.KeycloakServer;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.infrastructure.Ports;

/**
 * The test JVM's Keycloak: the real server started from the built distribution with the platform realm and demo users
 * imported, or the server named by {@code civiclimate.test.keycloak.url} (which must have them imported, with the
 * secrets and demo password given by {@code civiclimate.test.keycloak.test-client-secret},
 * {@code .tenant-admin-secret} and {@code .demo-password}).
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

    private record Instance(String baseUrl, String testClientSecret, String tenantAdminSecret, String demoPassword) {}

    private static final class Holder {
        static final Instance INSTANCE = TestSettings.get("civiclimate.test.keycloak.url")
                .map(url -> new Instance(
                        url,
                        required("civiclimate.test.keycloak.test-client-secret"),
                        required("civiclimate.test.keycloak.tenant-admin-secret"),
                        required("civiclimate.test.keycloak.demo-password")))
                .orElseGet(() -> Containers.wanted() ? startContainer() : startEmbedded());

        private static Instance startContainer() {
            var instance = new Instance(
                    "", UUID.randomUUID().toString(), UUID.randomUUID().toString(), "demo-" + UUID.randomUUID());
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
                    instance.demoPassword());
        }

        private static Instance startEmbedded() {
            try {
                var instance = new Instance(
                        "", UUID.randomUUID().toString(), UUID.randomUUID().toString(), "demo-" + UUID.randomUUID());
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
                                        // No browser signs in here; the loopback redirect URIs suffice.
                                        "http://localhost",
                                        TestMail.smtpPort()),
                                "admin",
                                UUID.randomUUID().toString(),
                                "384m",
                                null));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-test-keycloak"));
                return new Instance(
                        server.baseUrl(),
                        instance.testClientSecret(),
                        instance.tenantAdminSecret(),
                        instance.demoPassword());
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
