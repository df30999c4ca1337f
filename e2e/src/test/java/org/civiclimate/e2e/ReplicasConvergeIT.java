package org.civiclimate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.junit.jupiter.api.Test;

/**
 * Concurrent grants and revokes of one person's roles leave assembly-service and plan-service with exactly the roles
 * tenant-service ends with: their replicas (read from their databases) converge on tenant-service's truth.
 */
class ReplicasConvergeIT {

    private static final List<String> CHANGES = List.of("PUT", "DELETE");
    private static final List<String> ROLES = List.of("FACILITATOR", "ADMIN");

    @Test
    void concurrentGrantsAndRevokesLeaveEveryServiceWithTenantServicesRoles() throws Exception {
        var platform = RunningPlatform.get();
        var admin = platform.gateway().withToken(platform.tokens().of(PlatformRealm.DEMO_ADMIN));
        String slug = "e2e-roles-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.post("/api/communes", TestCommunes.requestBody(slug, "Roles " + slug))
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "ACTIVE".equals(admin.get("/api/communes/" + slug).json("$.status")));
        String code = admin.get("/api/communes/" + slug + "/joining").json("$.invitationCode");
        var citizen = platform.gateway().withToken(platform.tokens().of(PlatformRealm.DEMO_CITIZEN));
        var joined = citizen.post("/api/communes/" + slug + "/membership", "{\"code\": \"" + code + "\"}");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(200);
        String userId = citizen.get("/api/me").json("$.userId");
        String communeId = admin.get("/api/communes/" + slug).json("$.id");

        // Four threads, released together, each changing the same person's roles 10 times (the service directly:
        // the gateway's rate limit is not under test here).
        var tenant =
                platform.service("tenant-service").withToken(platform.tokens().of(PlatformRealm.DEMO_ADMIN));
        var start = new CountDownLatch(1);
        List<Future<List<Integer>>> threads = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int t = 0; t < 4; t++) {
                threads.add(pool.submit(() -> {
                    start.await();
                    var statuses = new ArrayList<Integer>();
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < 10; i++) {
                        String path = "/api/communes/%s/members/%s/roles/%s"
                                .formatted(slug, userId, ROLES.get(random.nextInt(ROLES.size())));
                        statuses.add(tenant.send(CHANGES.get(random.nextInt(2)), path, null, "")
                                .status());
                    }
                    return statuses;
                }));
            }
            start.countDown();
            for (var thread : threads) {
                assertThat(thread.get()).allMatch(status -> status < 500, "no server error");
            }
        }

        Set<String> truth = rolesInTenantService(admin, slug, userId);
        assertThat(truth).contains("CITIZEN");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> replica(platform, "assembly", communeId, userId).equals(truth)
                        && replica(platform, "plan", communeId, userId).equals(truth));
        assertThat(replica(platform, "assembly", communeId, userId)).isEqualTo(truth);
        assertThat(replica(platform, "plan", communeId, userId)).isEqualTo(truth);
    }

    private static Set<String> rolesInTenantService(ApiClient admin, String slug, String userId) {
        List<String> roles = admin.get("/api/communes/" + slug + "/members?size=100")
                .json("$.items[?(@.userId == '" + userId + "')].roles[*]");
        return new TreeSet<>(roles);
    }

    /** The roles a service's replica holds, read as the database superuser (devstack trusts loopback). */
    private static Set<String> replica(RunningPlatform platform, String database, String communeId, String userId)
            throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + platform.url("postgres.port") + "/" + database;
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.prepareStatement(
                        "select roles from known_member where commune_id = ?::uuid and user_id = ?")) {
            statement.setString(1, communeId);
            statement.setString(2, userId);
            try (var rows = statement.executeQuery()) {
                return rows.next()
                        ? new TreeSet<>(
                                Arrays.asList((String[]) rows.getArray(1).getArray()))
                        : Set.of();
            }
        }
    }
}
