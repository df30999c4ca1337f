package org.civiclimate.platform.test;

import java.util.Map;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The same servers run by Testcontainers, for machines with a Docker engine: chosen with
 * {@code civiclimate.test.infrastructure=testcontainers} (or {@code auto}, which uses them when Docker answers).
 * The embedded servers stay the default: they need nothing and start faster.
 */
final class Containers {

    static final String POSTGRES_IMAGE = "postgres:17";
    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.4";

    private Containers() {}

    static boolean wanted() {
        String mode = TestSettings.get("civiclimate.test.infrastructure").orElse("embedded");
        return switch (mode) {
            case "testcontainers" -> true;
            case "auto" -> DockerClientFactory.instance().isDockerAvailable();
            default -> false;
        };
    }

    static PostgreSQLContainer postgres() {
        var container = new PostgreSQLContainer(POSTGRES_IMAGE).withCommand("postgres", "-c", "max_connections=300");
        container.start();
        return container;
    }

    static KafkaContainer kafka() {
        var container = new KafkaContainer(KAFKA_IMAGE);
        container.start();
        return container;
    }

    /** Keycloak in development mode with the platform realm and demo users imported, placeholders filled. */
    static GenericContainer<?> keycloak(Map<String, String> realmEnvironment) {
        var container = new GenericContainer<>(KEYCLOAK_IMAGE)
                .withExposedPorts(8080, 9000)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                .withEnv("KC_HEALTH_ENABLED", "true")
                .withEnv(realmEnvironment)
                .withCopyFileToContainer(
                        MountableFile.forClasspathResource("keycloak/civiclimate-realm.json"),
                        "/opt/keycloak/data/import/civiclimate-realm.json")
                .withCopyFileToContainer(
                        MountableFile.forClasspathResource("keycloak/civiclimate-users-0.json"),
                        "/opt/keycloak/data/import/civiclimate-users-0.json")
                .withCopyFileToContainer(
                        MountableFile.forClasspathResource(PlatformRealm.PASSWORD_BLACKLIST_RESOURCE),
                        "/opt/keycloak/data/password-blacklists/civiclimate-common-passwords.txt")
                .withCommand("start-dev", "--import-realm", "--hostname-strict=false")
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000));
        container.start();
        return container;
    }
}
