package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestCommunes;
import org.civiclimate.tenant.TenantServiceIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commune's admins change its details; anyone finds active communes in the public directory and reads their card;
 * the operators search their list of every commune, newest first, with requester and member count.
 */
class CommuneDetailsIT extends TenantServiceIT {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final String slug = TestCommunes.anySlug("details");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private ApiClient admin;
    private ApiClient anonymous;

    @BeforeEach
    void anActiveCommune() {
        admin = as(PlatformRealm.DEMO_ADMIN);
        anonymous = anonymous();
        activeCommune(admin, slug);
    }

    @Test
    void anAdminChangesTheDetailsWhichTheDirectoryAndThePublicCardShow() {
        var changed = admin.send("PATCH", path(), MERGE_PATCH, """
                {"name": "Écaussinnes %s", "postalCodes": ["7190", "7191"], "description": "Entre deux châteaux.",
                 "population": 11000}""".formatted(tag));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat((String) changed.json("$.name")).isEqualTo("Écaussinnes " + tag);
        assertThat((List<String>) changed.json("$.postalCodes")).containsExactly("7190", "7191");
        assertThat((Integer) changed.json("$.population")).isEqualTo(11000);
        assertThat((List<String>) changed.json("$.languages")).containsExactly("fr", "nl");

        var found = anonymous.get("/api/public/communes?q=ECAUSSINNES%20" + tag + "&country=be");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat((List<String>) found.json("$.items[*].slug")).containsExactly(slug);
        assertThat((Integer) found.json("$.total")).isEqualTo(1);
        assertThat((String) found.json("$.items[0].joinPolicy")).isEqualTo("INVITATION_CODE");
        assertThat((Integer) found.json("$.items[0].population")).isEqualTo(11000);
        assertThat((List<String>)
                        anonymous.get("/api/public/communes?q=719&size=50").json("$.items[*].slug"))
                .as("the start of a postal code")
                .contains(slug);
        assertThat((List<String>) anonymous
                        .get("/api/public/communes?q=caussinnes%20" + tag)
                        .json("$.items[*].slug"))
                .as("anywhere in the name, without its accent")
                .containsExactly(slug);
        assertThat((List<String>) anonymous
                        .get("/api/public/communes?q=" + tag + "&country=FR")
                        .json("$.items"))
                .isEmpty();
        var badCountry = anonymous.get("/api/public/communes?country=B1");
        assertThat(badCountry.status()).isEqualTo(400);
        assertThat((String) badCountry.json("$.errors[0].field")).isEqualTo("country");
        assertThat((String) badCountry.json("$.errors[0].code")).isEqualTo("format");

        assertThat(admin.send("PUT", path() + "/joining", "application/json", "{\"policy\": \"OPEN\"}")
                        .status())
                .isEqualTo(200);
        assertThat((String) anonymous.get("/api/public/communes?q=" + tag).json("$.items[0].joinPolicy"))
                .isEqualTo("OPEN");

        var card = anonymous.get("/api/public/communes/" + slug);
        assertThat((String) card.json("$.description")).isEqualTo("Entre deux châteaux.");
        assertThat((List<String>) card.json("$.postalCodes")).containsExactly("7190", "7191");
        assertThat((Boolean) card.json("$.spaces.assembly")).isTrue();
        assertThat((Boolean) card.json("$.spaces.plan")).isTrue();

        var removed = admin.send("PATCH", path(), MERGE_PATCH, "{\"description\": null}");
        assertThat((Object) removed.json("$.description")).isNull();
        assertThat((List<String>) removed.json("$.postalCodes")).containsExactly("7190", "7191");
        List<Map<String, Object>> audit =
                admin.get(path() + "/audit").json("$.items[?(@.action == 'COMMUNE_DETAILS_CHANGED')]");
        assertThat(audit).hasSize(2);
        assertThat(admin.get(path() + "/audit").body())
                .contains("name,population,postalCodes,description")
                .doesNotContain("Entre deux");
    }

    @Test
    void aChangeWithSeveralBadFieldsNamesThemAllAndChangesNothing() {
        var refused = admin.send("PATCH", path(), MERGE_PATCH, """
                {"slug": "elsewhere", "officialCode": "99999", "name": "", "population": 0, "contactEmail": "nobody",
                 "languages": [], "postalCodes": ["1180", "a;b"], "description": 12}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat((List<String>) refused.json("$.errors[*].field"))
                .containsExactlyInAnyOrder(
                        "slug",
                        "officialCode",
                        "name",
                        "population",
                        "contactEmail",
                        "languages",
                        "postalCodes[1]",
                        "description");
        assertThat((List<String>) refused.json("$.errors[*].code"))
                .containsExactlyInAnyOrder(
                        "immutable",
                        "immutable",
                        "required",
                        "too-small",
                        "email",
                        "required",
                        "format",
                        "invalid-type");
        assertThat((List<Integer>) refused.json("$.errors[?(@.field == 'population')].params.min"))
                .containsExactly(1);
        assertThat((String) admin.get(path()).json("$.name")).isEqualTo("Commune " + slug);
    }

    @Test
    void onlyTheCommunesAdminsChangeItAndNotWhileItIsSuspended() {
        var citizen = as(PlatformRealm.DEMO_CITIZEN);
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        assertThat(citizen.send("PATCH", path(), MERGE_PATCH, "{\"population\": 2}")
                        .status())
                .isEqualTo(403);
        assertThat(operator.send("PATCH", path(), MERGE_PATCH, "{\"population\": 2}")
                        .status())
                .isEqualTo(403);
        assertThat(anonymous
                        .send("PATCH", path(), MERGE_PATCH, "{\"population\": 2}")
                        .status())
                .isEqualTo(401);

        operator.send("PUT", path() + "/suspension", "application/json", "{\"reason\": \"Audit\"}");
        var suspended = admin.send("PATCH", path(), MERGE_PATCH, "{\"population\": 2}");
        assertThat(suspended.status()).isEqualTo(423);
        assertThat(suspended.problem()).isEqualTo("commune-read-only");
        assertThat((List<String>)
                        anonymous.get("/api/public/communes?q=" + slug).json("$.items"))
                .as("only active communes are listed")
                .isEmpty();
    }

    @Test
    void operatorsSearchTheirListNewestFirstWithRequesterAndMembers() {
        var operator = as(PlatformRealm.DEMO_OPERATOR);
        var listed = operator.get("/api/communes?q=" + slug);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat((List<String>) listed.json("$.items[*].slug")).containsExactly(slug);
        assertThat((String) listed.json("$.items[0].requester.email")).isEqualTo(PlatformRealm.DEMO_ADMIN);
        assertThat((Integer) listed.json("$.items[0].memberCount")).isEqualTo(1);
        assertThat((String) listed.json("$.items[0].createdAt")).isNotBlank();
        assertThat((String) listed.json("$.items[0].status")).isEqualTo("ACTIVE");

        String newer = TestCommunes.anySlug("details-newer");
        activeCommune(admin, newer);
        List<String> newestFirst =
                operator.get("/api/communes?q=details&size=100").json("$.items[*].slug");
        assertThat(newestFirst.indexOf(newer)).isLessThan(newestFirst.indexOf(slug));
        assertThat(as(PlatformRealm.DEMO_CITIZEN).get("/api/communes?q=" + slug).status())
                .isEqualTo(403);
    }

    private String path() {
        return "/api/communes/" + slug;
    }
}
