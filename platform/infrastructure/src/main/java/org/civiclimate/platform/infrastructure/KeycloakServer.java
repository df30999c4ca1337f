package org.civiclimate.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak server: the built distribution run as a child process ({@code kc.sh start --optimized}) with its own
 * home (configuration, data, realm imports) and its database on PostgreSQL. Realms in the import directory are
 * imported on the first start; placeholders {@code ${NAME}} in them are filled from the environment given here.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    /**
     * How to run one Keycloak.
     *
     * @param home its own directory (configuration, data, imports, log), reused across starts when persistent
     * @param realmResources classpath resources of the realm (and realm users) files imported at the first start
     * @param environment extra environment, e.g. values for the realm files' placeholders
     * @param hostname the public URL tokens name as issuer (e.g. {@code http://localhost:8180}); when null, the
     *     issuer follows the host each client used, which tests use to obtain tokens of another issuer
     * @param localWebOrigins origins of browsers (e.g. {@code http://localhost:5173}) that may sign in to the web client
     *     besides {@code CIVICLIMATE_WEB_URL}: added to the realm file on import, for development only
     */
    public record Settings(
            Path home,
            DatabaseAccess database,
            int httpPort,
            int managementPort,
            List<String> realmResources,
            Map<String, String> environment,
            String adminUser,
            String adminPassword,
            String maxHeap,
            @Nullable String hostname,
            List<String> localWebOrigins) {}

    private final Settings settings;
    private final Process process;

    private KeycloakServer(Settings settings, Process process) {
        this.settings = settings;
        this.process = process;
    }

    public static KeycloakServer start(KeycloakDistribution distribution, Settings settings) {
        long began = System.nanoTime();
        try {
            prepareHome(distribution, settings);
            var command = new ArrayList<>(List.of(
                    distribution.home().resolve("bin/kc.sh").toString(),
                    "start",
                    "--optimized",
                    // The shared, built distribution provides the code; this server's own home holds its state.
                    "-Dkc.home.dir=" + settings.home(),
                    "-Djboss.server.config.dir=" + settings.home().resolve("conf"),
                    "--http-enabled=true",
                    "--http-host=127.0.0.1",
                    "--http-port=" + settings.httpPort(),
                    "--http-management-port=" + settings.managementPort(),
                    "--import-realm"));
            if (settings.hostname() != null) {
                command.add("--hostname=" + settings.hostname());
            } else {
                command.add("--hostname-strict=false");
            }
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            ProcessBuilder.Redirect.appendTo(logFile(settings).toFile()));
            var environment = builder.environment();
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx" + settings.maxHeap());
            environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUser());
            environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
            environment.put("KC_DB_URL", settings.database().jdbcUrl());
            environment.put("KC_DB_USERNAME", settings.database().appUser());
            environment.put("KC_DB_PASSWORD", settings.database().appPassword());
            environment.putAll(settings.environment());
            var server = new KeycloakServer(settings, builder.start());
            server.awaitReady();
            log.info(
                    "Keycloak ready on {} in {} s",
                    server.baseUrl(),
                    Duration.ofNanos(System.nanoTime() - began).toSeconds());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + settings.httpPort();
    }

    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile(settings);
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    private static void prepareHome(KeycloakDistribution distribution, Settings settings) throws IOException {
        Path home = settings.home();
        Path conf = home.resolve("conf");
        if (!Files.isDirectory(conf)) {
            Files.createDirectories(home);
            copyDirectory(distribution.home().resolve("conf"), conf);
        }
        for (String shared : List.of("lib", "providers")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, distribution.home().resolve(shared));
            }
        }
        installTheme(home.resolve("themes"));
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        for (String resource : settings.realmResources()) {
            String realm = new String(resource(resource), StandardCharsets.UTF_8);
            Files.writeString(
                    imports.resolve(fileName(resource)),
                    PlatformRealm.withLocalWebOrigins(realm, settings.localWebOrigins()));
        }
        // The realm's password policy names this list; Keycloak looks for it in its data directory.
        Path blacklists = home.resolve("data/password-blacklists");
        Files.createDirectories(blacklists);
        Files.write(
                blacklists.resolve(fileName(PlatformRealm.PASSWORD_BLACKLIST_RESOURCE)),
                resource(PlatformRealm.PASSWORD_BLACKLIST_RESOURCE));
    }

    /**
     * Keycloak reads folder themes from {@code themes/} in its home at start, without a rebuild (unlike themes in
     * {@code providers/}); the copy is refreshed on every start, so a restarted devstack serves the current theme.
     * Homes made before the theme had {@code themes} as a link to the distribution's (empty) folder.
     */
    private static void installTheme(Path themes) throws IOException {
        if (Files.isSymbolicLink(themes)) {
            Files.delete(themes);
        }
        Path theme = themes.resolve(PlatformRealm.THEME);
        Directories.deleteRecursively(theme);
        Files.createDirectories(theme);
        URL root = KeycloakServer.class.getClassLoader().getResource(PlatformRealm.THEME_RESOURCE);
        if (root == null) {
            throw new IllegalStateException("No theme on the classpath at " + PlatformRealm.THEME_RESOURCE);
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                copyDirectory(jar.getPath(PlatformRealm.THEME_RESOURCE), theme);
            } else {
                copyDirectory(Path.of(uri), theme);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable theme location " + root, e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = KeycloakServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No file on the classpath at " + name);
            }
            return in.readAllBytes();
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Path logFile(Settings settings) {
        return settings.home().resolve("keycloak.log");
    }

    private void awaitReady() {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + settings.managementPort() + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + logFile());
            }
            @Nullable Integer status = null;
            try {
                status = client.send(ready, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            if (status != null && status == 200) {
                return;
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Keycloak not ready within " + READY_TIMEOUT + "; see " + logFile());
    }

    private static void sleep() {
        try {
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
