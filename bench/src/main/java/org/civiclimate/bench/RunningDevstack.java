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
        try (var in = Files.newBufferedReader(
                Path.of(System.getProperty("dataDir", ".devstack")).resolve("ready.properties"))) {
            ready.load(in);
        }
        return new RunningDevstack(ready);
    }

    String url(String key) {
        return ready.getProperty(key);
    }

    /** An access token of the demo user, from the real Keycloak. */
    String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + enc(ready.getProperty("test-client.id"))
                + "&client_secret=" + enc(ready.getProperty("test-client.secret"))
                + "&username=" + enc(user) + "&password=" + enc(ready.getProperty("demo.password"));
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
