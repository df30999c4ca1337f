package org.civiclimate.tenant.commune.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
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
        var problems = ((CommuneDetailsChange.Parsed.Invalid) parsed).problems();
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("slug", FieldCode.IMMUTABLE),
                        tuple("country", FieldCode.IMMUTABLE),
                        tuple("officialCode", FieldCode.IMMUTABLE),
                        tuple("name", FieldCode.ONE_LINE),
                        tuple("population", FieldCode.TOO_SMALL),
                        tuple("contactEmail", FieldCode.EMAIL),
                        tuple("languages[1]", FieldCode.ONE_OF),
                        tuple("postalCodes[1]", FieldCode.FORMAT),
                        tuple("description", FieldCode.TOO_LONG));
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::params)
                .contains(
                        tuple("population", Map.of("min", 1)),
                        tuple("languages[1]", Map.of("allowed", List.of("fr", "nl", "de", "en"))),
                        tuple("description", Map.of("max", CommuneDetailsChange.MAX_DESCRIPTION)));
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
                .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::detail)
                .containsExactlyInAnyOrder(
                        tuple("name", FieldCode.REQUIRED, "cannot be removed"),
                        tuple("languages", FieldCode.DUPLICATE, "must not list a language twice"),
                        tuple("postalCodes", FieldCode.DUPLICATE, "must not list a postal code twice"),
                        tuple("population", FieldCode.INVALID_TYPE, "must be a whole number"));
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
        assertThat(PostalCodes.problemWith("postalCodes[0]", "SW1A 1AA")).isEmpty();
        assertThat(PostalCodes.problemWith("postalCodes[0]", "L-1234")).isEmpty();
        assertThat(PostalCodes.problemWith("postalCodes[0]", "")).isPresent();
        assertThat(PostalCodes.problemWith("postalCodes[0]", "12345678901")).isPresent();
        assertThat(PostalCodes.problemWith("postalCodes[0]", "1180;"))
                .hasValueSatisfying(problem -> assertThat(problem.code()).isEqualTo(FieldCode.FORMAT));
        assertThat(PostalCodes.problemWithList("postalCodes", java.util.Collections.nCopies(51, "1")))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.code()).isEqualTo(FieldCode.TOO_LONG);
                    assertThat(problem.params()).containsEntry("max", PostalCodes.MAX);
                });
    }

    @Test
    void acceptsADescriptionOfTheFullLengthWithItsLineBreaks() {
        // The rule once recursed per character and overflowed the stack from about 1,550 characters.
        String description =
                ("Une assemblée citoyenne.\n\t" + "x".repeat(100)).repeat(16).substring(0, 2000);

        var parsed = CommuneDetailsChange.parse(Map.of("description", description));

        assertThat(parsed).isInstanceOf(CommuneDetailsChange.Parsed.Valid.class);
    }

    @Test
    void refusesControlCharactersAndLineSeparatorsInNamesAndAddresses() {
        var parsed = CommuneDetailsChange.parse(Map.of(
                "name", "Uccle\u2028Security alert",
                "contactEmail", "a@uccle.example?bcc=b@x.example",
                "description", "reversed \u202Etxt.exe"));

        assertThat(((CommuneDetailsChange.Parsed.Invalid) parsed).problems())
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(
                        tuple("name", FieldCode.ONE_LINE),
                        tuple("contactEmail", FieldCode.EMAIL),
                        tuple("description", FieldCode.FORMAT));
    }
}
