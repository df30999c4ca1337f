package org.civiclimate.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.tenant.commune.KeycloakAdmin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two requests that race, fired at the same instant from two threads against the real service: the database's locks
 * and constraints decide, and the loser gets a 409 problem naming what it lost on, never a 500 nor a broken rule.
 */
class ConcurrentRequestsIT extends TenantServiceIT {

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoAdminsDeletingTheirAccountsAtOnceLeaveTheCommuneWithOneOfThem() throws Exception {
        var first = newPerson("first");
        var second = newPerson("second");
        String slug = TestCommunes.anySlug("two-admins");
        UUID commune = activeCommune(first, slug);
        String code = first.get("/api/communes/" + slug + "/joining").json("$.invitationCode");
        second.post("/api/communes/" + slug + "/membership", "{\"code\": \"" + code + "\"}");
        String secondId = second.get("/api/me").json("$.userId");
        assertThat(first.send("PUT", "/api/communes/" + slug + "/members/" + secondId + "/roles/ADMIN", null, "")
                        .status())
                .isEqualTo(200);

        var answers = atOnce(
                () -> first.send("DELETE", "/api/me", null, ""), () -> second.send("DELETE", "/api/me", null, ""));

        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(204, 409);
        assertThat(answers)
                .filteredOn(a -> a.status() == 409)
                .extracting(ApiClient.Response::problem)
                .containsExactly("last-admin");
        assertThat(adminsOf(commune)).as("admins left in the commune").isEqualTo(1);
    }

    @Test
    void twoIdenticalStaffInvitationsAtOnceMakeOneInvitationAndNeverAServerError() throws Exception {
        var admin = as(PlatformRealm.DEMO_ADMIN);
        String slug = TestCommunes.anySlug("invite-race");
        activeCommune(admin, slug);
        String invitations = "/api/communes/" + slug + "/invitations";

        // A few rounds: each has two requests racing for the same address (a second one after the first is a renewal).
        for (int round = 0; round < 3; round++) {
            String body = "{\"email\": \"race-" + round + "-"
                    + UUID.randomUUID().toString().substring(0, 6) + "@example.org\", \"role\": \"FACILITATOR\"}";

            var answers = atOnce(() -> admin.post(invitations, body), () -> admin.post(invitations, body));

            assertThat(answers)
                    .extracting(ApiClient.Response::status)
                    .contains(201)
                    .allSatisfy(status -> assertThat(status).isIn(201, 409));
            for (var conflict : answers.stream().filter(a -> a.status() == 409).toList()) {
                assertThat(conflict.problem()).isEqualTo("already-exists");
                assertThat((String) conflict.json("$.errors[0].field")).isEqualTo("email");
            }
        }
        assertThat((List<String>) admin.get(invitations + "?size=100").json("$.items[*].status"))
                .as("one open invitation per address")
                .hasSize(3)
                .containsOnly("OPEN");
    }

    @Test
    void twoRequestsForTheSameSlugAtOnceAcceptOneCommune() throws Exception {
        var admin = as(PlatformRealm.DEMO_ADMIN);
        String slug = TestCommunes.anySlug("slug-race");

        var answers = atOnce(
                () -> admin.post("/api/communes", TestCommunes.requestBody(slug, "Race one")),
                () -> admin.post("/api/communes", TestCommunes.requestBody(slug, "Race two")));

        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(202, 409);
        assertThat(answers)
                .filteredOn(a -> a.status() == 409)
                .allSatisfy(
                        a -> assertThat((String) a.json("$.errors[0].field")).isEqualTo("slug"));
    }

    @Test
    void twoNetworksWithTheSameSlugAtOnceCreateOne() throws Exception {
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        String body = "{\"slug\": \"" + TestCommunes.anySlug("net-race") + "\", \"name\": \"Race\"}";

        var answers = atOnce(() -> operator.post("/api/networks", body), () -> operator.post("/api/networks", body));

        assertThat(answers).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409);
        assertThat(answers)
                .filteredOn(a -> a.status() == 409)
                .allSatisfy(
                        a -> assertThat((String) a.json("$.errors[0].field")).isEqualTo("slug"));
    }

    /** Both calls, released together from two threads. */
    private List<ApiClient.Response> atOnce(Supplier<ApiClient.Response> one, Supplier<ApiClient.Response> other)
            throws Exception {
        var start = new CountDownLatch(1);
        Future<ApiClient.Response> a = threads.submit(() -> {
            start.await();
            return one.get();
        });
        Future<ApiClient.Response> b = threads.submit(() -> {
            start.await();
            return other.get();
        });
        start.countDown();
        return List.of(a.get(), b.get());
    }

    /** Read with the commune bound, as row-level security asks. */
    private int adminsOf(UUID commune) {
        var id = new CommuneId(commune);
        return CommuneContext.callAs(
                id,
                () -> transactions.execute(
                        _ -> jdbc.sql("select count(*) from membership where commune_id = ? and role = 'ADMIN'")
                                .param(commune)
                                .query(Integer.class)
                                .single()));
    }

    private ApiClient newPerson(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakAdmin.createUser(email, "Race " + prefix, "secret-" + email);
        return anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
    }
}
