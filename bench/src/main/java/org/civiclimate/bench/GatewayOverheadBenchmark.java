package org.civiclimate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the gateway adds: requests per second and p50/p99 latency of an authenticated read
 * ({@code GET /api/communes/uccle/assembly}) through the gateway, against the same read sent straight to
 * assembly-service, alternating in rounds in one run, against a running devstack (read from its ready file).
 */
public final class GatewayOverheadBenchmark {

    private GatewayOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 15);
        int rounds = Integer.getInteger("rounds", 2);
        var devstack = RunningDevstack.fromDataDirectory();
        var http = devstack.http;
        String token = devstack.token("admin@uccle.demo");
        String path = "/api/communes/uccle/assembly";
        URI viaGateway = URI.create(devstack.url("gateway.url") + path);
        URI direct = URI.create(devstack.url("assembly-service.url") + path);

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
}
