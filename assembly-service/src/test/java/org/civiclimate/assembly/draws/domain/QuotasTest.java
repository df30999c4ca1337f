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
}
