package org.civiclimate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Onboarding at scale, against a running devstack: measures {@code GET /api/me} and a commune lookup with 10 communes
 * (provisioned first if fewer); provisions {@code communes} communes through the gateway (request, then follow each
 * until ACTIVE: Keycloak Organization, both services' set-up, events), {@code clients} at a time, for throughput and
 * p50/p95 per commune; then measures the same reads again with {@code total} communes in the database (those beyond the
 * provisioned ones inserted in bulk SQL: provisioning 10,000 through Keycloak would take the best part of an hour
 * here). Start devstack with {@code --fresh --rate-limit-factor=100}: one user makes every request.
 */
public final class ProvisioningBenchmark {

    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    /** The number of communes of the first measure. */
    private static final int FEW = 10;

    private ProvisioningBenchmark() {}

    public static void main(String[] args) throws Exception {
        int communes = Integer.getInteger("communes", 1000);
        int clients = Integer.getInteger("clients", 8);
        int total = Integer.getInteger("total", 10_000);
        int reads = Integer.getInteger("reads", 500);
        // One requester for every commune is the worst case (Keycloak slows down as a user joins hundreds of
        // organizations); real communes each have their own.
        boolean oneRequester = Boolean.getBoolean("oneRequester");
        var devstack = RunningDevstack.fromDataDirectory();
        String gateway = devstack.url("gateway.url");
        String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);

        var setUp = new Tokens(devstack, "admin@namur.demo");
        for (int i = count(devstack, gateway); i < FEW; i++) {
            provision(devstack, gateway, setUp, run + "F", i);
        }
        var before = new Reads(devstack, gateway, reads);
        System.out.printf(Locale.ROOT, "%d communes: %s%n", count(devstack, gateway), before);

        var perClient = new ArrayList<Samples>();
        var failures = new AtomicInteger();
        var next = new AtomicInteger();
        long began = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var mine = new Samples();
                perClient.add(mine);
                executor.submit(() -> {
                    var shared = new Tokens(devstack, "admin@namur.demo");
                    for (int i = next.getAndIncrement(); i < communes; i = next.getAndIncrement()) {
                        try {
                            // Made before the clock starts: signing up is not part of provisioning.
                            var tokens = oneRequester ? shared : new Tokens(devstack, devstack.newUser(run, i));
                            mine.add(provision(devstack, gateway, tokens, run, i));
                        } catch (Exception e) {
                            failures.incrementAndGet();
                            System.err.println("commune " + i + ": " + e.getMessage());
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        var perCommune = new Samples();
        perClient.forEach(perCommune::addAll);
        if (perCommune.size() > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "provisioned %d communes (%d failed, %s) with %d clients in %.1f s: %.1f communes/s, per commune p50 %.0f ms"
                            + " p95 %.0f ms%n",
                    perCommune.size(),
                    failures.get(),
                    oneRequester ? "one requester" : "one requester each",
                    clients,
                    seconds,
                    perCommune.size() / seconds,
                    perCommune.percentileMillis(50),
                    perCommune.percentileMillis(95));
        }

        int now = count(devstack, gateway);
        bulkInsert(devstack, run, total - now);
        var after = new Reads(devstack, gateway, reads);
        System.out.printf(Locale.ROOT, "%d communes: %s%n", count(devstack, gateway), after);
        System.out.printf(
                Locale.ROOT,
                "p95 ratio (many / few): GET /api/me %.2f, commune lookup %.2f%n",
                after.me.percentileMillis(95) / before.me.percentileMillis(95),
                after.lookup.percentileMillis(95) / before.lookup.percentileMillis(95));
    }

    /** Requests one commune and follows it until it is active; returns the time that took. */
    private static long provision(RunningDevstack devstack, String gateway, Tokens tokens, String run, int i)
            throws IOException, InterruptedException {
        String slug = "bench-" + run.toLowerCase(Locale.ROOT) + "-" + i;
        String body = """
                {"slug": "%s", "name": "Bench %s %d", "country": "LU", "officialCode": "P%s%d", "population": 1000,
                 "contactEmail": "bench@example.org", "languages": ["fr"]}""".formatted(slug, run, i, run, i);
        long start = System.nanoTime();
        var created = devstack.http.send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/communes"))
                        .header("Authorization", "Bearer " + tokens.get())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202) {
            throw new IllegalStateException("request refused: " + created.statusCode() + " " + created.body());
        }
        long deadline = start + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            var matcher = STATUS.matcher(get(devstack, gateway + "/api/communes/" + slug, tokens.get()));
            String status = matcher.find() ? matcher.group(1) : "";
            if (status.equals("ACTIVE")) {
                return System.nanoTime() - start;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException(slug + " failed");
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(slug + " not active within 2 minutes");
    }

    private static int count(RunningDevstack devstack, String gateway) throws IOException, InterruptedException {
        var matcher = TOTAL.matcher(
                get(devstack, gateway + "/api/communes?size=1", devstack.token("operator@civiclimate.demo")));
        if (!matcher.find()) {
            throw new IllegalStateException("No total of communes");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** Adds active communes straight into tenant-service's database, as its owner. */
    private static void bulkInsert(RunningDevstack devstack, String run, int count) throws SQLException {
        if (count <= 0) {
            return;
        }
        String url = "jdbc:postgresql://127.0.0.1:" + devstack.url("postgres.port") + "/tenant";
        try (var connection = DriverManager.getConnection(url, "tenant_owner", "");
                var insert = connection.prepareStatement("""
                        insert into commune (id, slug, name, country, languages, status, created_by, official_code,
                                             population, contact_email, assembly_ready_at, plan_ready_at, activated_at)
                        select gen_random_uuid(), 'bulk-' || lower(?) || '-' || g, 'Bulk ' || g, 'LU', '{fr}',
                               'ACTIVE', 'bench', 'B' || ? || g, 1000, 'bench@example.org', now(), now(), now()
                          from generate_series(1, ?) g""")) {
            insert.setString(1, run);
            insert.setString(2, run);
            insert.setInt(3, count);
            insert.executeUpdate();
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze commune");
            }
        }
    }

    private static String get(RunningDevstack devstack, String url, String token)
            throws IOException, InterruptedException {
        return devstack.http
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** {@code GET /api/me} of a citizen and the lookup of their commune, one after the other, after a warm-up. */
    private static final class Reads {
        final Samples me = new Samples();
        final Samples lookup = new Samples();

        Reads(RunningDevstack devstack, String gateway, int count) throws IOException, InterruptedException {
            String token = devstack.token("citizen@uccle.demo");
            for (String url : new String[] {gateway + "/api/me", gateway + "/api/communes/uccle"}) {
                var measured = url.endsWith("/api/me") ? me : lookup;
                for (int i = 0; i < count / 5 + count; i++) {
                    long start = System.nanoTime();
                    get(devstack, url, token);
                    if (i >= count / 5) {
                        measured.add(System.nanoTime() - start);
                    }
                }
            }
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "GET /api/me p50 %.2f ms p95 %.2f ms; GET /api/communes/uccle p50 %.2f ms p95 %.2f ms",
                    me.percentileMillis(50),
                    me.percentileMillis(95),
                    lookup.percentileMillis(50),
                    lookup.percentileMillis(95));
        }
    }

    /** A demo user's token, renewed before it expires (they last five minutes; a run takes longer). */
    private static final class Tokens {
        private final RunningDevstack devstack;
        private final String user;
        private String token;
        private long fetchedAt;

        Tokens(RunningDevstack devstack, String user) {
            this.devstack = devstack;
            this.user = user;
        }

        synchronized String get() throws IOException, InterruptedException {
            if (token == null
                    || System.nanoTime() - fetchedAt > Duration.ofMinutes(3).toNanos()) {
                token = devstack.token(user);
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }
}
