package org.civiclimate.tenant.commune.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommuneDetailsChangeTest {

    @Test
    void leavesOutWhatThePatchLeavesOutAndRemovesANullDescription() {
        var patch = new HashMap<String, Object>();
        patch.put("population", 84_000);
        patch.put("description", null);
        patch.put("postalCodes", List.of("1180", " 1181 "));

        var parsed = CommuneDetailsChange.parse(patch);

        assertThat(parsed).isInstanceOf(CommuneDetailsChange.Parsed.Valid.class);
        var change = ((CommuneDetailsChange.Parsed.Valid) parsed).change();
        assertThat(change.name()).isNull();
        assertThat(change.population()).isEqualTo(84_000);
        assertThat(change.postalCodes()).containsExactly("1180", "1181");
        assertThat(change.descriptionChanged()).isTrue();
        assertThat(change.description()).isNull();
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        var patch = new HashMap<String, Object>();
        patch.put("slug", "other");
        patch.put("country", "FR");
        patch.put("officialCode", "75056");
        patch.put("name", "Two\nlines");
        patch.put("population", 0);
        patch.put("contactEmail", "nobody");
        patch.put("languages", List.of("fr", "es"));
        patch.put("postalCodes", List.of("1180", "way too long a code"));
        patch.put("description", "x".repeat(2001));

        var parsed = CommuneDetailsChange.parse(patch);

        assertThat(parsed).isInstanceOf(CommuneDetailsChange.Parsed.Invalid.class);
        assertThat(((CommuneDetailsChange.Parsed.Invalid) parsed).problems())
                .containsOnlyKeys(
                        "slug",
                        "country",
                        "officialCode",
                        "name",
                        "population",
                        "contactEmail",
                        "languages[1]",
                        "postalCodes[1]",
                        "description")
                .containsEntry("slug", "cannot be changed");
    }

    @Test
    void refusesToRemoveWhatACommuneMustHaveAndListsTwice() {
        var patch = new HashMap<String, Object>();
        patch.put("name", null);
        patch.put("languages", List.of("fr", "fr"));
        patch.put("postalCodes", List.of("1180", "1180"));
        patch.put("population", 1.5);

        var problems = ((CommuneDetailsChange.Parsed.Invalid) CommuneDetailsChange.parse(patch)).problems();

        assertThat(problems)
                .containsEntry("name", "cannot be removed")
                .containsEntry("languages", "must not list a language twice")
                .containsEntry("postalCodes", "must not list a postal code twice")
                .containsEntry("population", "must be a whole number");
    }

    @Test
    void anEmptyPatchChangesNothing() {
        var parsed = CommuneDetailsChange.parse(Map.of());
        assertThat(((CommuneDetailsChange.Parsed.Valid) parsed).change().isEmpty())
                .isTrue();
    }

    @Test
    void foldsNamesForSearchWithoutAccentsCaseOrPunctuation() {
        assertThat(SearchText.fold("Saint-Josse-ten-Noode")).isEqualTo("saint josse ten noode");
        assertThat(SearchText.fold("  Écaussinnes ")).isEqualTo("ecaussinnes");
        assertThat(SearchText.fold("Braine-l’Alleud")).isEqualTo("braine l alleud");
    }

    @Test
    void acceptsPostalCodesOfLettersDigitsSpacesAndHyphensUpToTen() {
        assertThat(PostalCodes.problemWith("SW1A 1AA")).isEmpty();
        assertThat(PostalCodes.problemWith("L-1234")).isEmpty();
        assertThat(PostalCodes.problemWith("")).isPresent();
        assertThat(PostalCodes.problemWith("12345678901")).isPresent();
        assertThat(PostalCodes.problemWith("1180;")).isPresent();
        assertThat(PostalCodes.problemWithList(java.util.Collections.nCopies(51, "1")))
                .isPresent();
    }
}
