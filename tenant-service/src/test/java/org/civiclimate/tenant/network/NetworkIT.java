package org.civiclimate.tenant.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.tenant.TenantServiceIT;
import org.civiclimate.tenant.commune.KeycloakAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A network invites communes, which accept and choose what they share; coordinators see only that. */
class NetworkIT extends TenantServiceIT {

    private final String network = TestCommunes.anySlug("net");
    private final String uccle = TestCommunes.anySlug("netu");
    private final String namur = TestCommunes.anySlug("netn");
    private ApiClient operator;
    private ApiClient admin;
    private ApiClient otherAdmin;
    private ApiClient coordinator;
    private ApiClient citizen;

    @BeforeEach
    void twoCommunesAndANetwork() {
        operator = as(PlatformRealm.DEMO_OPERATOR);
        admin = as(PlatformRealm.DEMO_ADMIN);
        otherAdmin = as(PlatformRealm.DEMO_OTHER_ADMIN);
        coordinator = as(PlatformRealm.DEMO_COORDINATOR);
        citizen = as(PlatformRealm.DEMO_CITIZEN);
        activeCommune(admin, uccle);
        activeCommune(otherAdmin, namur);
        var created = operator.post("/api/networks", """
                {"slug": "%s", "name": "Covenant Wallonia %s", "description": "Regional coordinator"}""".formatted(network, network));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    @Test
    void communesJoinAndShareWhatTheyChooseWithTheNetworkCoordinators() {
        appointCoordinator(operator, network, PlatformRealm.DEMO_COORDINATOR, coordinator);
        assertThat((List<String>) operator.get(path("/coordinators")).json("$[*].email"))
                .contains(PlatformRealm.DEMO_COORDINATOR);

        // The network invites Uccle, which accepts; Namur asks, and the coordinator accepts.
        assertThat((String) coordinator
                        .post(path("/communes"), "{\"commune\": \"" + uccle + "\"}")
                        .json("$.status"))
                .isEqualTo("INVITED");
        assertThat((String) admin.send("PUT", communeNetwork(uccle), null, "").json("$.status"))
                .isEqualTo("MEMBER");
        assertThat((String)
                        otherAdmin.send("PUT", communeNetwork(namur), null, "").json("$.status"))
                .isEqualTo("REQUESTED");
        var shareTooEarly = otherAdmin.send("PUT", communeNetwork(namur) + "/sharing/PLAN", null, "");
        assertThat(shareTooEarly.status()).isEqualTo(409);
        assertThat(shareTooEarly.problem()).isEqualTo("not-a-network-member");
        assertThat((String) coordinator
                        .post(path("/communes"), "{\"commune\": \"" + namur + "\"}")
                        .json("$.status"))
                .isEqualTo("MEMBER");

        var shared = admin.send("PUT", communeNetwork(uccle) + "/sharing/PLAN", null, "");
        assertThat((List<String>) shared.json("$.sharing")).containsExactly("PLAN");
        admin.send("PUT", communeNetwork(uccle) + "/sharing/ASSEMBLY", null, "");
        assertThat((List<String>) admin.send("DELETE", communeNetwork(uccle) + "/sharing/ASSEMBLY", null, "")
                        .json("$.sharing"))
                .containsExactly("PLAN");

        var communes = coordinator.get(path("/communes"));
        assertThat((List<String>) communes.json("$[*].commune")).containsExactlyInAnyOrder(uccle, namur);
        assertThat((List<String>) communes.json("$[?(@.commune == '" + uccle + "')].sharing[*]"))
                .containsExactly("PLAN");
        assertThat(citizen.get(path("/communes")).status())
                .as("not a coordinator")
                .isEqualTo(403);
        assertThat((List<String>) admin.get("/api/communes/" + uccle + "/audit").json("$.items[*].action"))
                .contains("NETWORK_INVITED", "NETWORK_JOINED", "SHARING_GRANTED", "SHARING_WITHDRAWN");

        // Leaving withdraws everything shared, announced to the services.
        assertThat(admin.send("DELETE", communeNetwork(uccle), null, "").status())
                .isEqualTo(204);
        assertThat((List<String>) coordinator.get(path("/communes")).json("$[*].commune"))
                .containsExactly(namur);
        assertThat(jdbc.sql("""
                        select convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'groups' from outbox_event
                         where type = 'network.sharing-changed'
                           and convert_from(envelope, 'UTF8')::jsonb -> 'data' ->> 'network' = ?
                         order by position""").param(network).query(String.class).list().stream()
                        .map(groups -> groups.replace(" ", ""))
                        .toList())
                .containsExactly("[\"PLAN\"]", "[\"ASSEMBLY\",\"PLAN\"]", "[\"PLAN\"]", "[]");
    }

    @Test
    void aNetworkKeepsACoordinatorAndOnlyAdminsAndOperatorsCreateOne() {
        String operatorId = operator.get("/api/me").json("$.userId");
        var last = operator.send("DELETE", path("/coordinators/" + operatorId), null, "");
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.problem()).isEqualTo("last-coordinator");

        // Someone new, who administers no commune (the demo users do, here and there, as the tests go).
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        KeycloakAdmin.createUser(email, "Nora Newcomer", "secret-" + email);
        var newcomer = anonymous().withToken(TestKeycloak.tokens().of(email, "secret-" + email));
        assertThat(newcomer.post("/api/networks", "{\"slug\": \"" + network + "-c\", \"name\": \"Mine\"}")
                        .status())
                .isEqualTo(403);
        assertThat(admin.post("/api/networks", "{\"slug\": \"" + network + "-a\", \"name\": \"Ours\"}")
                        .status())
                .isEqualTo(201);
        var taken = admin.post("/api/networks", "{\"slug\": \"" + network + "\", \"name\": \"Again\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat((String) taken.json("$.errors[0].field")).isEqualTo("slug");
        assertThat((String) taken.json("$.errors[0].code")).isEqualTo("taken");
        var notASlug = admin.post("/api/networks", "{\"slug\": \"Not A Slug\", \"name\": \"x\"}");
        assertThat((String) notASlug.json("$.errors[0].field")).isEqualTo("slug");
        assertThat((String) notASlug.json("$.errors[0].code")).isEqualTo("slug-format");
        var unknownCommune = operator.post(path("/communes"), "{\"commune\": \"nowhere-at-all\"}");
        assertThat(unknownCommune.status()).isEqualTo(422);
        assertThat((String) unknownCommune.json("$.errors[0].field")).isEqualTo("commune");
        assertThat((String) unknownCommune.json("$.errors[0].code")).isEqualTo("not-found");
        assertThat(admin.get("/api/networks/no-such-network").problem()).isEqualTo("network-not-found");
    }

    private String path(String rest) {
        return "/api/networks/" + network + rest;
    }

    private String communeNetwork(String commune) {
        return "/api/communes/" + commune + "/networks/" + network;
    }
}
