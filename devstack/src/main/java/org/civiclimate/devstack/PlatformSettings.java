package org.civiclimate.devstack;

import java.nio.file.Path;

/**
 * How to run the platform.
 *
 * @param repository the checkout, whose {@code <module>/target/*-exec.jar} are the applications to run
 * @param dataDirectory where the databases, Kafka's log, Keycloak's home, secrets and logs are kept between runs
 * @param portOffset added to every default port, so that a second platform (the end-to-end tests) can run beside
 *     the first
 * @param rateLimitFactor multiplies the gateway's per-user and per-commune rate limits (load benchmarks raise it)
 */
public record PlatformSettings(Path repository, Path dataDirectory, int portOffset, int rateLimitFactor) {

    public int gatewayPort() {
        return 8080 + portOffset;
    }

    public int tenantPort() {
        return 8081 + portOffset;
    }

    public int assemblyPort() {
        return 8082 + portOffset;
    }

    public int planPort() {
        return 8083 + portOffset;
    }

    public int keycloakPort() {
        return 8180 + portOffset;
    }

    public int keycloakManagementPort() {
        return 9180 + portOffset;
    }

    public int postgresPort() {
        return 5433 + portOffset;
    }

    public int smtpPort() {
        return 3025 + portOffset;
    }

    /** The mail catcher's HTTP view of what was sent. */
    public int mailPort() {
        return 8025 + portOffset;
    }

    public int kafkaPort() {
        return 9092 + portOffset;
    }

    /** The issuer every token names: a fixed host, whatever address a client used to reach Keycloak. */
    public String keycloakPublicUrl() {
        return "http://localhost:" + keycloakPort();
    }
}
