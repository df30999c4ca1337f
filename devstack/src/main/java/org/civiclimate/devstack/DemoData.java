package org.civiclimate.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo communes, requested through the API as a commune's staff would, on the first start (again later only if
 * missing); waits until each is active, which proves Keycloak and the events between services work.
 */
final class DemoData {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record DemoCommune(
            String slug,
            String name,
            String country,
            String officialCode,
            int population,
            String contactEmail,
            List<String> languages,
            List<String> postalCodes,
            String description) {}

    /** The creation request: what staff give when they ask for their commune's space. */
    private record CreateCommune(
            String slug,
            String name,
            String country,
            String officialCode,
            int population,
            String contactEmail,
            List<String> languages) {}

    /** What the public directory shows of a demo commune: set by its admin after creation, as staff would. */
    private record PublicDetails(List<String> postalCodes, String description) {}

    /** Real communes with their real statistics codes and rounded populations (Statbel, INSEE). */
    private static final List<DemoCommune> COMMUNES = List.of(
            new DemoCommune(
                    "uccle",
                    "Uccle",
                    "BE",
                    "21016",
                    84_000,
                    "climat@uccle.demo",
                    List.of("fr", "nl"),
                    List.of("1180"),
                    "Une assemblée citoyenne permanente pour le climat, tirée au sort parmi les habitants d’Uccle."),
            new DemoCommune(
                    "namur",
                    "Namur",
                    "BE",
                    "92094",
                    113_000,
                    "climat@namur.demo",
                    List.of("fr"),
                    List.of("5000", "5001", "5002", "5003", "5004", "5020", "5021", "5022", "5024", "5100", "5101"),
                    "Le plan d’action en faveur de l’énergie durable et du climat de Namur, suivi par ses citoyens."),
            new DemoCommune(
                    "eupen",
                    "Eupen",
                    "BE",
                    "63023",
                    20_000,
                    "klima@eupen.demo",
                    List.of("de", "fr"),
                    List.of("4700", "4701"),
                    "Der Bürgerrat für das Klima der Stadt Eupen."),
            new DemoCommune(
                    "grenoble",
                    "Grenoble",
                    "FR",
                    "38185",
                    157_000,
                    "climat@grenoble.demo",
                    List.of("fr"),
                    List.of("38000", "38100"),
                    "La convention citoyenne pour le climat de Grenoble."));

    private final Platform platform;

    DemoData(Platform platform) {
        this.platform = platform;
    }

    void load() {
        String token = token(PlatformRealm.DEMO_ADMIN);
        String gateway = "http://127.0.0.1:" + platform.settings().gatewayPort();
        for (var commune : COMMUNES) {
            var created = send(HttpRequest.newBuilder(URI.create(gateway + "/api/communes"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared()
                            .writeValueAsString(new CreateCommune(
                                    commune.slug(),
                                    commune.name(),
                                    commune.country(),
                                    commune.officialCode(),
                                    commune.population(),
                                    commune.contactEmail(),
                                    commune.languages())))));
            if (created.statusCode() != 202 && created.statusCode() != 409) {
                throw new IllegalStateException("Could not create demo commune " + commune.slug() + ": "
                        + created.statusCode() + " " + created.body());
            }
        }
        for (var commune : COMMUNES) {
            awaitActive(gateway + "/api/communes/" + commune.slug(), token);
            var described = send(authorized(gateway + "/api/communes/" + commune.slug(), token)
                    .header("Content-Type", "application/merge-patch+json")
                    .method(
                            "PATCH",
                            HttpRequest.BodyPublishers.ofString(JsonMapper.shared()
                                    .writeValueAsString(
                                            new PublicDetails(commune.postalCodes(), commune.description())))));
            if (described.statusCode() != 200) {
                throw new IllegalStateException(
                        "Could not describe demo commune " + commune.slug() + ": " + described.body());
            }
        }
        // The other demo users join as the README says they are: Uccle's citizen and facilitator, Namur's admin.
        join(gateway, "uccle", PlatformRealm.DEMO_CITIZEN, null, token);
        join(gateway, "uccle", PlatformRealm.DEMO_FACILITATOR, "FACILITATOR", token);
        join(gateway, "namur", PlatformRealm.DEMO_OTHER_ADMIN, "ADMIN", token);
        network(gateway, token);
        assembly(gateway);
    }

    /**
     * Uccle's citizens' assembly, so that its pages and its public account show something: the demo citizen seated
     * since a month, a vote held yesterday that adopted a recommendation the commune answered in part and follows up,
     * a second adoption still unanswered, a draft, and a deliberation next week the citizen is convened to. Made
     * once: a later start finds the assembly and leaves it.
     */
    private void assembly(String gateway) {
        String facilitator = token(PlatformRealm.DEMO_FACILITATOR);
        String assemblies = gateway + "/api/communes/uccle/assembly/assemblies";
        // The facilitator's role reaches assembly-service by event.
        var existing = awaitOk(authorized(assemblies, facilitator));
        if (!existing.body().strip().equals("[]")) {
            return;
        }
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"));
        String assembly = idOf(demoStep(201, post(assemblies, facilitator, """
                        {"name": "Assemblée citoyenne pour le climat", "kind": "PERMANENT_COUNCIL", "seats": 30,
                         "mandateMonths": 24, "cohorts": 2, "firstSittingOn": "%s",
                         "topics": ["Mobilité", "Énergie", "Alimentation"]}""".formatted(today.minusMonths(1)))));
        String citizen = token(PlatformRealm.DEMO_CITIZEN);
        String citizenId = JsonMapper.shared()
                .readTree(send(authorized(gateway + "/api/me", citizen)).body())
                .get("userId")
                .asString();
        String base = assemblies + "/" + assembly;
        // The citizen's membership reaches assembly-service by event too: seating waits for it.
        awaitStatus(201, () -> post(base + "/mandates", facilitator, """
                        {"userId": "%s", "name": "Camille Citoyenne", "seat": 1, "startsOn": "%s"}""".formatted(citizenId, today.minusMonths(1))));
        String vote = idOf(demoStep(
                201, post(base + "/sessions", facilitator, """
                {"kind": "VOTE", "title": "Séance de vote : mobilité", "startsAt": "%sT19:00", "endsAt": "%sT22:00",
                 "place": "Maison communale, salle du conseil", "agenda": ["Accueil", "Vote des recommandations"]}""".formatted(today.minusDays(1), today.minusDays(1)))));
        demoStep(200, post(base + "/sessions/" + vote + "/attendance", facilitator, """
                {"entries": [{"userId": "%s", "status": "PRESENT"}]}""".formatted(citizenId)));
        String answered = adopted(base, vote, facilitator, citizen, """
                {"topic": "Mobilité", "title": "Zones 30 autour de toutes les écoles",
                 "body": "Toutes les rues qui bordent une école passent en zone 30, avec des contrôles réguliers."}""");
        demoStep(200, post(base + "/recommendations/" + answered + "/answer", facilitator, """
                {"decision": "PARTIALLY_ACCEPTED",
                 "justification": "Les zones 30 seront en place avant la rentrée; les contrôles dépendent du budget 2027."}"""));
        demoStep(201, post(base + "/recommendations/" + answered + "/follow-ups", facilitator, """
                {"status": "IN_PROGRESS", "progress": 40, "note": "Huit écoles sur vingt sont en zone 30.",
                 "on": "%s", "department": "Service Mobilité"}""".formatted(today)));
        adopted(base, vote, facilitator, citizen, """
                {"topic": "Alimentation", "title": "Des repas végétariens deux jours par semaine à la cantine",
                 "body": "Les cantines communales servent un repas végétarien deux jours par semaine."}""");
        demoStep(201, post(base + "/recommendations", citizen, """
                {"topic": "Énergie", "title": "Des panneaux solaires sur les bâtiments communaux",
                 "body": "Chaque toiture communale qui s'y prête porte des panneaux solaires d'ici 2030."}"""));
        String deliberation = idOf(demoStep(
                201, post(base + "/sessions", facilitator, """
                {"kind": "DELIBERATION", "title": "Délibération : énergie", "startsAt": "%sT19:00",
                 "endsAt": "%sT22:00", "place": "Maison communale, salle du conseil",
                 "guests": [{"name": "Dr. Anne Dupont", "organisation": "UCLouvain", "role": "experte"}]}""".formatted(today.plusDays(7), today.plusDays(7)))));
        demoStep(200, post(base + "/sessions/" + deliberation + "/convocation", facilitator, ""));
    }

    /** A recommendation drafted, voted for by the citizen at the vote session, and adopted: its id. */
    private static String adopted(String base, String vote, String facilitator, String citizen, String draft) {
        String id = idOf(demoStep(201, post(base + "/recommendations", facilitator, draft)));
        String recommendation = base + "/recommendations/" + id;
        demoStep(200, post(recommendation + "/vote", facilitator, "{\"sessionId\": \"" + vote + "\"}"));
        demoStep(200, post(recommendation + "/vote/ballots", citizen, "{\"choice\": \"FOR\"}"));
        demoStep(200, post(recommendation + "/vote/closure", facilitator, ""));
        return id;
    }

    private static HttpRequest.Builder post(String url, String token, String json) {
        return authorized(url, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> demoStep(int expected, HttpRequest.Builder step) {
        var response = send(step);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    "Demo assembly step failed: " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static String idOf(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body()).get("id").asString();
    }

    private static HttpResponse<String> awaitOk(HttpRequest.Builder request) {
        return awaitStatus(200, () -> request);
    }

    /** Sends the request again until it gets {@code expected}: what the replicas fed by events need a moment for. */
    private static HttpResponse<String> awaitStatus(
            int expected, java.util.function.Supplier<HttpRequest.Builder> request) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            var response = send(request.get());
            if (response.statusCode() == expected || System.nanoTime() > deadline) {
                if (response.statusCode() != expected) {
                    throw new IllegalStateException(
                            "Demo assembly step failed: " + response.statusCode() + " " + response.body());
                }
                return response;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A regional network: the operator creates it and invites the demo coordinator, who accepts, then invites Uccle
     * and Namur; Uccle accepts and shares its plan, Namur's invitation waits for its admin.
     */
    private void network(String gateway, String uccleAdmin) {
        String operator = token(PlatformRealm.DEMO_OPERATOR);
        String coordinator = token(PlatformRealm.DEMO_COORDINATOR);
        String network = gateway + "/api/networks/covenant-wallonia";
        run(List.of(
                authorized(gateway + "/api/networks", operator)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"slug": "covenant-wallonia", "name": "Covenant of Mayors – Wallonia",
                                 "description": "The regional coordinator of the Covenant of Mayors"}""")),
                authorized(network + "/coordinators", operator)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\": \"" + PlatformRealm.DEMO_COORDINATOR + "\"}"))));
        // The coordinator accepts the invitation as they would from the page of their invitations.
        String invitation = JsonMapper.shared()
                .readTree(send(authorized(gateway + "/api/me/invitations", coordinator))
                        .body())
                .valueStream()
                .filter(open -> open.path("kind").asString().equals("COORDINATOR")
                        && open.path("networkSlug").asString().equals("covenant-wallonia"))
                .map(open -> open.path("id").asString())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The demo coordinator got no invitation to coordinate covenant-wallonia"));
        run(List.of(
                authorized(gateway + "/api/me/invitations/" + invitation + "/acceptance", coordinator)
                        .POST(HttpRequest.BodyPublishers.noBody()),
                authorized(network + "/communes", coordinator)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"commune\": \"uccle\"}")),
                authorized(network + "/communes", coordinator)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"commune\": \"namur\"}")),
                authorized(gateway + "/api/communes/uccle/networks/covenant-wallonia", uccleAdmin)
                        .PUT(HttpRequest.BodyPublishers.noBody()),
                authorized(gateway + "/api/communes/uccle/networks/covenant-wallonia/sharing/PLAN", uccleAdmin)
                        .PUT(HttpRequest.BodyPublishers.noBody())));
    }

    /** Sends the demo network's steps in turn. */
    private static void run(List<HttpRequest.Builder> steps) {
        for (var step : steps) {
            var response = send(step);
            // 409: the network exists from an earlier start; every other step is idempotent (inviting again renews).
            if (response.statusCode() >= 300 && response.statusCode() != 409) {
                throw new IllegalStateException(
                        "Demo network step failed: " + response.statusCode() + " " + response.body());
            }
        }
    }

    /** The user joins with the commune's invitation code; the admin then grants them {@code role}, if any. */
    private void join(String gateway, String slug, String user, @Nullable String role, String adminToken) {
        String commune = gateway + "/api/communes/" + slug;
        String code = JsonMapper.shared()
                .readTree(send(authorized(commune + "/joining", adminToken)).body())
                .get("invitationCode")
                .asString();
        String userToken = token(user);
        var joined = send(authorized(commune + "/membership", userToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\": \"" + code + "\"}")));
        if (joined.statusCode() != 200) {
            throw new IllegalStateException(user + " could not join " + slug + ": " + joined.body());
        }
        if (role != null) {
            String userId = JsonMapper.shared()
                    .readTree(send(authorized(gateway + "/api/me", userToken)).body())
                    .get("userId")
                    .asString();
            var granted = send(authorized(commune + "/members/" + userId + "/roles/" + role, adminToken)
                    .PUT(HttpRequest.BodyPublishers.noBody()));
            if (granted.statusCode() != 200) {
                throw new IllegalStateException(
                        user + " did not become " + role + " of " + slug + ": " + granted.body());
            }
        }
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
    }

    String token(String user) {
        String form = "grant_type=password&client_id=" + PlatformRealm.TEST_CLIENT + "&client_secret="
                + enc(platform.secrets().testClientSecret()) + "&username=" + enc(user) + "&password="
                + enc(platform.secrets().demoPassword());
        var response = send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + platform.settings().keycloakPort() + "/realms/"
                                + PlatformRealm.NAME + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": " + response.body());
        }
        return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
    }

    /** Waits for the onboarding saga: Keycloak, then every service's acknowledgement, which proves events flow. */
    private static void awaitActive(String url, String token) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            var response = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token));
            if (response.statusCode() == 200 && response.body().contains("\"status\":\"ACTIVE\"")) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException(url + " did not become active within 90 s: are events flowing?");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
