package org.civiclimate.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar devstack-exec.jar [--fresh] [--data-dir=.devstack] [--port-offset=0] [--repository=.]
 * [--rate-limit-factor=1]}: starts the
 * platform, prints where everything is and how to sign in, and stops it all on Ctrl-C or SIGTERM.
 */
public final class Devstack {

    private static final Logger log = LoggerFactory.getLogger(Devstack.class);

    private Devstack() {}

    public static void main(String[] args) throws InterruptedException {
        Path repository =
                Path.of(option(args, "repository", ".")).toAbsolutePath().normalize();
        Path data = Path.of(
                        option(args, "data-dir", repository.resolve(".devstack").toString()))
                .toAbsolutePath()
                .normalize();
        int offset = Integer.parseInt(option(args, "port-offset", "0"));
        if (flag(args, "fresh")) {
            log.info("--fresh: wiping {}", data);
            deleteRecursively(data);
        }
        int rateLimitFactor = Integer.parseInt(option(args, "rate-limit-factor", "1"));
        var settings = new PlatformSettings(repository, data, offset, rateLimitFactor);
        long began = System.nanoTime();
        var stopped = new CountDownLatch(1);
        Platform platform;
        try {
            platform = Platform.start(settings, step -> log.info("{}...", step));
        } catch (RuntimeException e) {
            log.error("devstack could not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("Stopping...");
                            platform.close();
                            deleteReadyFile(data);
                            stopped.countDown();
                        },
                        "devstack-stop"));
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        writeReadyFile(platform, took);
        log.info(summary(platform, took));
        stopped.await();
    }

    private static String summary(Platform platform, Duration took) {
        var s = platform.settings();
        var secrets = platform.secrets();
        return """

                Civiclimate is running (ready in %d s).

                  Web app and API            http://localhost:%d   (API under /api, docs at /swagger-ui.html)
                  tenant-service             http://localhost:%d   (actuator: http://localhost:%d/actuator/health)
                  assembly-service           http://localhost:%d
                  plan-service               http://localhost:%d
                  Keycloak                   %s   admin console: %s/admin   (admin / %s)
                  PostgreSQL                 jdbc:postgresql://localhost:%d/{tenant,assembly,plan}   (trust auth, loopback)
                  Kafka                      localhost:%d
                  Mail (caught, not sent)    SMTP localhost:%d, read at http://localhost:%d/messages

                Demo logins (password: %s)
                  %s   platform operator
                  %s            Uccle's admin (also created Namur, Eupen, Grenoble)
                  %s      Uccle's facilitator
                  %s          Uccle's citizen
                  %s            Namur's admin
                  %s    coordinator of the network Covenant of Mayors – Wallonia

                Try it:
                  TOKEN=$(curl -s %s/realms/%s/protocol/openid-connect/token -d grant_type=password \\
                    -d client_id=%s -d client_secret=%s -d username=%s -d password=%s | jq -r .access_token)
                  curl -H "Authorization: Bearer $TOKEN" http://localhost:%d/api/communes/uccle/assembly

                Data: %s (--fresh wipes it); logs: %s. Ctrl-C stops everything.
                """.formatted(
                        took.toSeconds(),
                        s.gatewayPort(),
                        s.tenantPort(),
                        s.tenantPort() + Application.MANAGEMENT_PORT_DISTANCE,
                        s.assemblyPort(),
                        s.planPort(),
                        s.keycloakPublicUrl(),
                        s.keycloakPublicUrl(),
                        secrets.keycloakAdminPassword(),
                        s.postgresPort(),
                        s.kafkaPort(),
                        s.smtpPort(),
                        s.mailPort(),
                        secrets.demoPassword(),
                        PlatformRealm.DEMO_OPERATOR,
                        PlatformRealm.DEMO_ADMIN,
                        PlatformRealm.DEMO_FACILITATOR,
                        PlatformRealm.DEMO_CITIZEN,
                        PlatformRealm.DEMO_OTHER_ADMIN,
                        PlatformRealm.DEMO_COORDINATOR,
                        s.keycloakPublicUrl(),
                        PlatformRealm.NAME,
                        PlatformRealm.TEST_CLIENT,
                        secrets.testClientSecret(),
                        PlatformRealm.DEMO_ADMIN,
                        secrets.demoPassword(),
                        s.gatewayPort(),
                        s.dataDirectory(),
                        s.dataDirectory().resolve("logs"));
    }

    private static String managementUrl(int applicationPort) {
        return "http://localhost:" + (applicationPort + Application.MANAGEMENT_PORT_DISTANCE);
    }

    /** What a script or a test needs to use the running platform, written once everything is ready. */
    private static void writeReadyFile(Platform platform, Duration took) {
        var s = platform.settings();
        var ready = new Properties();
        ready.setProperty("ready.seconds", Long.toString(took.toSeconds()));
        ready.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        ready.setProperty("gateway.url", "http://localhost:" + s.gatewayPort());
        ready.setProperty("tenant-service.url", "http://localhost:" + s.tenantPort());
        ready.setProperty("assembly-service.url", "http://localhost:" + s.assemblyPort());
        ready.setProperty("plan-service.url", "http://localhost:" + s.planPort());
        // Health, metrics and info: on each application's management port, never through the gateway.
        ready.setProperty("gateway.management-url", managementUrl(s.gatewayPort()));
        ready.setProperty("tenant-service.management-url", managementUrl(s.tenantPort()));
        ready.setProperty("assembly-service.management-url", managementUrl(s.assemblyPort()));
        ready.setProperty("plan-service.management-url", managementUrl(s.planPort()));
        ready.setProperty("keycloak.url", s.keycloakPublicUrl());
        ready.setProperty("postgres.port", Integer.toString(s.postgresPort()));
        ready.setProperty("mail.url", "http://localhost:" + s.mailPort() + "/messages");
        ready.setProperty("keycloak.realm", PlatformRealm.NAME);
        ready.setProperty("test-client.id", PlatformRealm.TEST_CLIENT);
        ready.setProperty("test-client.secret", platform.secrets().testClientSecret());
        ready.setProperty("demo.password", platform.secrets().demoPassword());
        try (var out = Files.newBufferedWriter(s.dataDirectory().resolve("ready.properties"))) {
            ready.store(out, "devstack is ready");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteReadyFile(Path data) {
        try {
            Files.deleteIfExists(data.resolve("ready.properties"));
        } catch (IOException e) {
            log.warn("Could not remove the ready file: {}", e.toString());
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static boolean flag(String[] args, String name) {
        for (String arg : args) {
            if (arg.equals("--" + name)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
