package org.civiclimate.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.civiclimate.platform.infrastructure.Processes;

/** One of the platform's applications, run from its jar as a child process, logging to its own file. */
final class Application implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /** Each application's actuator answers on its own port plus this, so it follows {@code --port-offset} too. */
    static final int MANAGEMENT_PORT_DISTANCE = 1000;

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private Application(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code module}'s runnable jar with the given Spring properties. */
    static Application start(
            Path repository, String module, int port, List<String> properties, Path logDirectory, String maxHeap) {
        Path jar = jar(repository, module);
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + (port + MANAGEMENT_PORT_DISTANCE)));
        properties.forEach(property -> command.add("--" + property));
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(module + ".log");
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            return new Application(module, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    String name() {
        return name;
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the application says it is ready to take traffic (its readiness probe). */
    void awaitReady() {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var probe = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + (port + MANAGEMENT_PORT_DISTANCE) + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    private static Path jar(Path repository, String module) {
        Path target = repository.resolve(module).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No runnable jar in " + target + "; build first: ./mvnw install -DskipTests"));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "No build output in " + target + "; build first: ./mvnw install -DskipTests", e);
        }
    }
}
