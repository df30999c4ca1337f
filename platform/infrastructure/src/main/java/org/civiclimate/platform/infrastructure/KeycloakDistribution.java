package org.civiclimate.platform.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak's server distribution, unzipped from the zip the build put in the local Maven repository and built
 * ({@code kc.sh build}, Quarkus augmentation, ~20-40 s) once per version and build options, then reused by every
 * devstack start and test JVM on the machine.
 */
public final class KeycloakDistribution {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);

    /** Build-time options; changing them re-augments, so they are fixed here and runtime options go to start. */
    static final List<String> BUILD_OPTIONS =
            List.of("--db=postgres", "--health-enabled=true", "--metrics-enabled=true", "--cache=local");

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    /** The built distribution under {@code cacheRoot}, unzipping and building it first if this machine has none. */
    public static KeycloakDistribution prepare(Path cacheRoot) {
        var settings = settings();
        String version = settings.getProperty("keycloak.version");
        Path zip = Path.of(
                System.getenv().getOrDefault("CIVICLIMATE_KEYCLOAK_DIST", settings.getProperty("keycloak.dist")));
        String buildId = version + "-" + Integer.toHexString(BUILD_OPTIONS.hashCode());
        Path home = cacheRoot.resolve("keycloak-" + buildId);
        Path marker = home.resolve(".civiclimate-built");
        try {
            Files.createDirectories(cacheRoot);
            // Several test JVMs may start at once: one builds, the others wait for it.
            try (var channel = FileChannel.open(
                            cacheRoot.resolve("keycloak.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    var _ = channel.lock()) {
                if (!Files.exists(marker)) {
                    build(zip, home);
                    Files.writeString(marker, String.join(" ", BUILD_OPTIONS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare Keycloak in " + home, e);
        }
        return new KeycloakDistribution(home);
    }

    /** Where built servers are kept between runs: {@code $CIVICLIMATE_CACHE_DIR}, else {@code ~/.cache/civiclimate}. */
    public static Path defaultCacheRoot() {
        String configured = System.getenv("CIVICLIMATE_CACHE_DIR");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "civiclimate");
    }

    public Path home() {
        return home;
    }

    private static void build(Path zip, Path home) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + "; build the project once with ./mvnw so that Maven downloads it");
        }
        long began = System.nanoTime();
        Directories.deleteRecursively(home);
        Path unpacked = Files.createTempDirectory(home.getParent(), "keycloak-unzip");
        unzip(zip, unpacked);
        try (var entries = Files.list(unpacked)) {
            // The zip holds one top-level folder, keycloak-<version>.
            Path top = entries.findFirst().orElseThrow();
            Files.move(top, home);
        }
        Directories.deleteRecursively(unpacked);
        var command = new java.util.ArrayList<String>(
                List.of(home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("build.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("kc.sh build failed; see " + home.resolve("build.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
        log.info(
                "Keycloak unzipped and built in {} s",
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (var file = new ZipFile(zip.toFile())) {
            var entries = file.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                if (entry.getName().endsWith(".sh")) {
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static Properties settings() {
        var properties = new Properties();
        try (var in = KeycloakDistribution.class.getResourceAsStream("/civiclimate-infrastructure.properties")) {
            if (in == null) {
                throw new IllegalStateException("civiclimate-infrastructure.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
