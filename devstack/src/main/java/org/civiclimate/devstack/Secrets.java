package org.civiclimate.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The secrets of one devstack: generated on its first start, kept in its data directory (never in git), reused after,
 * because Keycloak imports the realm with them only once.
 */
public record Secrets(
        String tenantAdminSecret, String testClientSecret, String demoPassword, String keycloakAdminPassword) {

    static Secrets loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve("secrets.properties");
        var properties = new Properties();
        try {
            if (Files.exists(file)) {
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
            } else {
                properties.setProperty("tenant-admin-secret", random(24));
                properties.setProperty("test-client-secret", random(24));
                properties.setProperty("demo-password", "demo-" + random(4));
                properties.setProperty("keycloak-admin-password", random(12));
                Files.createDirectories(dataDirectory);
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (var out = Files.newBufferedWriter(file)) {
                    properties.store(out, "devstack secrets, generated on first start");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Secrets(
                properties.getProperty("tenant-admin-secret"),
                properties.getProperty("test-client-secret"),
                properties.getProperty("demo-password"),
                properties.getProperty("keycloak-admin-password"));
    }

    private static String random(int bytes) {
        var value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
