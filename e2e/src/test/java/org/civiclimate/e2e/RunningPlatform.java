package org.civiclimate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealmAdmin;
import org.jspecify.annotations.Nullable;

/**
 * The whole platform, started exactly as a developer starts it: the devstack jar as a process, with its own data
 * directory and ports shifted by an offset, so it can run beside a developer's own devstack. Started once per test
 * JVM and stopped with SIGTERM when the JVM ends, or by a test that checks the stop. While writing a test, point
 * {@code -Dciviclimate.e2e.ready=<data-dir>/ready.properties} at a devstack already running to skip the start.
 */
final class RunningPlatform {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static RunningPlatform instance;

    private static final String ALREADY_RUNNING = "civiclimate.e2e.ready";

    private final @Nullable Process devstack;
    private final Path dataDirectory;
    private final Properties ready;

    private RunningPlatform(@Nullable Process devstack, Path dataDirectory, Properties ready) {
        this.devstack = devstack;
        this.dataDirectory = dataDirectory;
        this.ready = ready;
    }

    static synchronized RunningPlatform get() {
        String running = System.getProperty(ALREADY_RUNNING);
        if (running != null && instance == null) {
            var ready = Path.of(running);
            instance = new RunningPlatform(null, ready.getParent(), load(ready));
        }
        if (instance == null || (instance.devstack != null && !instance.devstack.isAlive())) {
            instance = start();
            var started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stopQuietly, "stop-e2e-devstack"));
        }
        return instance;
    }

    ApiClient gateway() {
        return ApiClient.at(url("gateway.url"));
    }

    ApiClient service(String name) {
        return ApiClient.at(url(name + ".url"));
    }

    String url(String key) {
        return ready.getProperty(key);
    }

    E2eTokens tokens() {
        return new E2eTokens(
                url("keycloak.url"),
                ready.getProperty("keycloak.realm"),
                ready.getProperty("test-client.id"),
                ready.getProperty("test-client.secret"),
                ready.getProperty("demo.password"));
    }

    /** Keycloak's admin API for the platform realm, as tenant-service's admin client: to make people for a test. */
    RealmAdmin realmAdmin() {
        return RealmAdmin.platformRealm(
                url("keycloak.url"),
                load(dataDirectory.resolve("secrets.properties")).getProperty("tenant-admin-secret"));
    }

    Process process() {
        if (devstack == null) {
            throw new IllegalStateException("The platform of " + ALREADY_RUNNING + " is not this JVM's to stop");
        }
        return devstack;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    private void stopQuietly() {
        if (devstack != null && devstack.isAlive()) {
            devstack.destroy();
            try {
                devstack.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Properties load(Path readyFile) {
        var ready = new Properties();
        try (var in = Files.newBufferedReader(readyFile)) {
            ready.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ready;
    }

    private static RunningPlatform start() {
        Path repository = Path.of(System.getProperty("civiclimate.repository", ".."))
                .toAbsolutePath()
                .normalize();
        try {
            Path jar;
            try (var files = Files.list(repository.resolve("devstack/target"))) {
                jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("devstack is not built"));
            }
            Path data = Files.createTempDirectory("civiclimate-e2e");
            int offset = PortOffsets.free();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED",
                    "--sun-misc-unsafe-memory-access=allow",
                    "-jar",
                    jar.toString(),
                    "--repository=" + repository,
                    "--data-dir=" + data,
                    "--port-offset=" + offset));
            Path log = data.resolve("devstack-console.log");
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Path readyFile = data.resolve("ready.properties");
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!Files.exists(readyFile)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "devstack exited with " + process.exitValue() + ":\n" + Files.readString(log));
                }
                if (System.nanoTime() > deadline) {
                    process.destroy();
                    throw new IllegalStateException(
                            "devstack not ready within " + START_TIMEOUT + ":\n" + Files.readString(log));
                }
                Thread.sleep(500);
            }
            return new RunningPlatform(process, data, load(readyFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
