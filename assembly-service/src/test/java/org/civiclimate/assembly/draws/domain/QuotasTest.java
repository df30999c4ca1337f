package org.civiclimate.assembly.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private final Quotas gender = new Quotas(List.of(new Quota("gender", "f", 1, 2), new Quota("gender", "m", 1, 2)));

    @Test
    void quotas_whose_minimums_exceed_the_panel_or_maximums_fall_short_are_named() {
        assertThat(gender.problemsFor(3)).isEmpty();
        assertThat(gender.problemsFor(5)).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("quotas[0]");
            assertThat(problem.reason()).isEqualTo(InputProblem.Reason.QUOTAS_CANNOT_ADD_UP);
        });
        assertThat(gender.problemsFor(1))
                .extracting(InputProblem::reason)
                .containsExactly(InputProblem.Reason.QUOTAS_CANNOT_ADD_UP);
    }

    @Test
    void a_value_twice_is_named() {
        var twice = new Quotas(List.of(new Quota("gender", "f", 1, 2), new Quota("gender", "f", 0, 1)));

        assertThat(twice.problemsFor(2)).extracting(InputProblem::field).contains("quotas[1].value");
    }

    @Test
    void the_pool_names_each_duplicate_missing_or_unknown_value_and_a_panel_larger_than_itself() {
        var pool = new Pool(List.of(
                new Volunteer("a", Map.of("gender", "f")),
                new Volunteer("a", Map.of("gender", "m")),
                new Volunteer("b", Map.of()),
                new Volunteer("c", Map.of("gender", "x"))));

        assertThat(pool.problemsWith(gender, 5))
                .extracting(InputProblem::field, InputProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("panelSize", InputProblem.Reason.PANEL_SIZE),
                        org.assertj.core.groups.Tuple.tuple("quotas[0]", InputProblem.Reason.QUOTAS_CANNOT_ADD_UP),
                        org.assertj.core.groups.Tuple.tuple("pool[1].id", InputProblem.Reason.DUPLICATE_VOLUNTEER),
                        org.assertj.core.groups.Tuple.tuple(
                                "pool[2].features.gender", InputProblem.Reason.MISSING_VALUE),
                        org.assertj.core.groups.Tuple.tuple(
                                "pool[3].features.gender", InputProblem.Reason.UNKNOWN_VALUE));
    }

    @Test
    void census_shares_become_quotas_that_add_up_to_the_panel() {
        // Belgian-like shares: 51 % women, 49 % men; three age bands of 30, 40 and 30 %. A panel of 24, 10 % tolerance.
        var quotas = Quotas.fromShares(
                List.of(
                        new Quotas.Share("gender", "female", 51),
                        new Quotas.Share("gender", "male", 49),
                        new Quotas.Share("age", "16-34", 0.3),
                        new Quotas.Share("age", "35-59", 0.4),
                        new Quotas.Share("age", "60+", 0.3)),
                24,
                0.1);

        // 12.24 women: 11 to 14; 11.76 men: 10 to 13; 7.2 young: 6 to 8; 9.6 middle: 8 to 11.
        assertThat(quotas.list())
                .extracting(Quota::label, Quota::min, Quota::max)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("gender=female", 11, 14),
                        org.assertj.core.groups.Tuple.tuple("gender=male", 10, 13),
                        org.assertj.core.groups.Tuple.tuple("age=16-34", 6, 8),
                        org.assertj.core.groups.Tuple.tuple("age=35-59", 8, 11),
                        org.assertj.core.groups.Tuple.tuple("age=60+", 6, 8));
        assertThat(quotas.problemsFor(24)).isEmpty();
    }
}
