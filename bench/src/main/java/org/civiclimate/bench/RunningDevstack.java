package org.civiclimate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

/** A devstack started beforehand, as its ready file describes it: URLs, demo password, tokens of demo users. */
final class RunningDevstack {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private final Properties ready;
    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RunningDevstack(Properties ready) {
        this.ready = ready;
    }

    /** The devstack whose data directory is the system property {@code dataDir} (default {@code .devstack}). */
    static RunningDevstack fromDataDirectory() throws IOException {
        var ready = new Properties();
        try (var in = Files.newBufferedReader(dataDirectory().resolve("ready.properties"))) {
            ready.load(in);
        }
        return new RunningDevstack(ready);
    }

    private static Path dataDirectory() {
        return Path.of(System.getProperty("dataDir", ".devstack"));
    }

    String url(String key) {
        return ready.getProperty(key);
    }

    /**
     * Registers a new user, with a verified address and the demo password, through Keycloak's admin API (as the
     * platform's own admin client); returns their username.
     */
    String newUser(String run, int i) throws IOException, InterruptedException {
        String email = "bench-" + run.toLowerCase(java.util.Locale.ROOT) + "-" + i + "@example.org";
        String body = """
                {"username": "%s", "email": "%s", "firstName": "Bench", "lastName": "Requester %d", "enabled": true,
                 "emailVerified": true, "credentials": [{"type": "password", "value": "%s", "temporary": false}]}""".formatted(email, email, i, ready.getProperty("demo.password"));
        var created = http.send(
                HttpRequest.newBuilder(URI.create(ready.getProperty("keycloak.url") + "/admin/realms/"
                                + ready.getProperty("keycloak.realm") + "/users"))
                        .header("Authorization", "Bearer " + adminToken())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("User not created: " + created.statusCode() + " " + created.body());
        }
        return email;
    }

    /** A token of tenant-service's admin client (its secret is in the data directory's secrets). */
    private String adminToken() throws IOException, InterruptedException {
        var secrets = new Properties();
        try (var in = Files.newBufferedReader(dataDirectory().resolve("secrets.properties"))) {
            secrets.load(in);
        }
        String form = "grant_type=client_credentials&client_id=tenant-service-admin&client_secret="
                + enc(secrets.getProperty("tenant-admin-secret"));
        return tokenFrom(form);
    }

    /** An access token of the demo user, from the real Keycloak. */
    String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + enc(ready.getProperty("test-client.id"))
                + "&client_secret=" + enc(ready.getProperty("test-client.secret"))
                + "&username=" + enc(user) + "&password=" + enc(ready.getProperty("demo.password"));
        return tokenFrom(form);
    }

    private String tokenFrom(String form) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(ready.getProperty("keycloak.url") + "/realms/"
                                + ready.getProperty("keycloak.realm") + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var matcher = ACCESS_TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
