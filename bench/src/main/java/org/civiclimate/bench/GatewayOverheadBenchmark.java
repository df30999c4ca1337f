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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What the gateway adds: requests per second and p50/p99 latency of an authenticated read
 * ({@code GET /api/communes/uccle/assembly}) through the gateway, against the same read sent straight to
 * assembly-service, alternating in rounds in one run, against a running devstack (read from its ready file).
 */
public final class GatewayOverheadBenchmark {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    private GatewayOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("dataDir", ".devstack"));
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 15);
        int rounds = Integer.getInteger("rounds", 2);
        var ready = new Properties();
        try (var in = Files.newBufferedReader(data.resolve("ready.properties"))) {
            ready.load(in);
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = token(http, ready);
        String path = "/api/communes/uccle/assembly";
        URI viaGateway = URI.create(ready.getProperty("gateway.url") + path);
        URI direct = URI.create(ready.getProperty("assembly-service.url") + path);

        // Warm both paths (JIT, connection pools) before measuring.
        run(http, viaGateway, token, clients, 5, new Samples());
        run(http, direct, token, clients, 5, new Samples());
        var gateway = new Samples();
        var service = new Samples();
        long gatewayNanos = 0;
        long serviceNanos = 0;
        for (int round = 0; round < rounds; round++) {
            gatewayNanos += run(http, viaGateway, token, clients, seconds, gateway);
            serviceNanos += run(http, direct, token, clients, seconds, service);
        }
        double gatewayRate = gateway.size() / (gatewayNanos / 1e9);
        double serviceRate = service.size() / (serviceNanos / 1e9);
        System.out.println(String.format(
                Locale.ROOT,
                "%d clients, %d x %d s each: gateway %.0f req/s p50 %.2f ms p99 %.2f ms | direct %.0f req/s p50 %.2f ms"
                        + " p99 %.2f ms | throughput ratio %.2f | added p50 %.2f ms, p99 %.2f ms",
                clients,
                rounds,
                seconds,
                gatewayRate,
                gateway.percentileMillis(50),
                gateway.percentileMillis(99),
                serviceRate,
                service.percentileMillis(50),
                service.percentileMillis(99),
                gatewayRate / serviceRate,
                gateway.percentileMillis(50) - service.percentileMillis(50),
                gateway.percentileMillis(99) - service.percentileMillis(99)));
    }

    /** Runs {@code clients} callers in a closed loop for the duration; returns the time it took. */
    private static long run(HttpClient http, URI uri, String token, int clients, int seconds, Samples samples)
            throws InterruptedException {
        var request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var failures = new AtomicInteger();
        var perClient = new ArrayList<Samples>();
        long began = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var mine = new Samples();
                perClient.add(mine);
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                            if (status == 200) {
                                mine.add(System.nanoTime() - start);
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
        }
        long took = System.nanoTime() - began;
        perClient.forEach(samples::addAll);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests to " + uri + " failed (rate limits raised?)");
        }
        return took;
    }

    private static String token(HttpClient http, Properties ready) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=" + enc(ready.getProperty("test-client.id"))
                + "&client_secret=" + enc(ready.getProperty("test-client.secret"))
                + "&username=admin%40uccle.demo&password=" + enc(ready.getProperty("demo.password"));
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
