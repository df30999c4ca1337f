package org.civiclimate.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.civiclimate.platform.infrastructure.PlatformRealm;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.TestKeycloak;
import org.civiclimate.platform.test.TestTokens;

/**
 * A commune (with its facilitator, the demo citizen and two more people) whose assembly seated the citizen and
 * {@code person-1} a month ago for two years, and another commune with its admin: what sessions and attendance tests
 * start from.
 */
public record SeatedAssembly(
        UUID commune,
        String slug,
        UUID otherCommune,
        String otherSlug,
        String assembly,
        String citizenId,
        ApiClient facilitator,
        ApiClient citizen,
        ApiClient otherAdmin) {

    public static SeatedAssembly create(DataSource dataSource, int port) throws SQLException {
        var facilitatorToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_FACILITATOR);
        var citizenToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_CITIZEN);
        var otherToken = TestKeycloak.tokens().of(PlatformRealm.DEMO_OTHER_ADMIN);
        String citizenId = TestTokens.subjectOf(citizenToken);
        UUID commune = UUID.randomUUID();
        String slug = "se-" + commune.toString().substring(0, 8);
        UUID otherCommune = UUID.randomUUID();
        String otherSlug = "so-" + otherCommune.toString().substring(0, 8);
        KnownCommunes.know(
                dataSource,
                commune,
                slug,
                List.of(
                        new String[] {TestTokens.subjectOf(facilitatorToken), "FACILITATOR"},
                        new String[] {citizenId, "CITIZEN"},
                        new String[] {"person-1", "CITIZEN"},
                        new String[] {"person-2", "CITIZEN"}));
        KnownCommunes.know(dataSource, otherCommune, otherSlug, List.<String[]>of(new String[] {
            TestTokens.subjectOf(otherToken), "ADMIN"
        }));
        var anonymous = ApiClient.at("http://127.0.0.1:" + port);
        var facilitator = anonymous.withToken(facilitatorToken);
        LocalDate firstSitting = LocalDate.now(ZoneId.of("Europe/Brussels")).minusMonths(1);
        var created = facilitator.post("/api/communes/" + slug + "/assembly/assemblies", """
                {"name": "Conseil citoyen", "kind": "PERMANENT_COUNCIL", "seats": 10, "mandateMonths": 24,
                 "cohorts": 1, "firstSittingOn": "%s"}""".formatted(firstSitting));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String assembly = created.json("$.id");
        int seat = 1;
        for (String person : List.of(citizenId, "person-1")) {
            var seated = facilitator.post(
                    "/api/communes/" + slug + "/assembly/assemblies/" + assembly + "/mandates",
                    "{\"userId\": \"%s\", \"name\": \"Person %s\", \"seat\": %d, \"startsOn\": \"%s\"}"
                            .formatted(person, person, seat++, firstSitting));
            assertThat(seated.status()).as(seated.toString()).isEqualTo(201);
        }
        return new SeatedAssembly(
                commune,
                slug,
                otherCommune,
                otherSlug,
                assembly,
                citizenId,
                facilitator,
                anonymous.withToken(citizenToken),
                anonymous.withToken(otherToken));
    }

    public String sessions() {
        return "/api/communes/" + slug + "/assembly/assemblies/" + assembly + "/sessions";
    }

    /** The same path in the other commune: what its admin would try with this commune's ids. */
    public String otherSessions() {
        return "/api/communes/" + otherSlug + "/assembly/assemblies/" + assembly + "/sessions";
    }

    /** A session request, {@code days} from today (negative: past) at 19:00 for 3 hours, local time. */
    public static String session(int days) {
        var day = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(days);
        return """
                {"kind": "DELIBERATION", "title": "Mobilité, séance %d", "startsAt": "%sT19:00", "endsAt": "%sT22:00",
                 "place": "Maison communale, salle du conseil", "agenda": ["Accueil", "Plan vélo; débat, vote"],
                 "guests": [{"name": "Dr. Anne Dupont", "organisation": "UCLouvain", "role": "experte"}]}""".formatted(days, day, day);
    }
}
