package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.civiclimate.assembly.draws.domain.Distribution;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.Goldilocks;
import org.civiclimate.assembly.draws.domain.Leximin;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Goldilocks beside LEXIMIN, with the real solver. */
class GoldilocksTest {

    private final OrToolsOptimizer optimizer = new OrToolsOptimizer();
    private final Goldilocks goldilocks = new Goldilocks(optimizer, 60_000);
    private final Leximin leximin = new Leximin(optimizer, 60_000);

    static Iterable<String> instances() {
        return SharedInstances.names();
    }

    private static double objective(Distribution distribution, int panelSize, int poolSize) {
        return Goldilocks.objective(distribution.minimum(), distribution.maximum(), panelSize, poolSize);
    }

    @ParameterizedTest
    @MethodSource("instances")
    void goldilocks_keeps_the_quotas_and_scores_no_worse_than_leximin_on_its_own_objective(String name) {
        var instance = SharedInstances.read(name);
        var types = new VolunteerTypes(instance.pool(), instance.quotas());
        int k = instance.panelSize();

        var fair = goldilocks.distribute(types, k, DrawControl.NONE).orElseThrow();
        var lex = leximin.distribute(types, k, DrawControl.NONE).orElseThrow();

        assertThat(fair.panels()).allMatch(panel -> panel.keeps(types, k));
        assertThat(Arrays.stream(fair.probabilities()).sum()).isCloseTo(1, within(1e-9));
        assertThat(fair.volunteerProbabilities().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(k, within(1e-6));
        assertThat(objective(fair, k, types.poolSize()))
                .isLessThanOrEqualTo(objective(lex, k, types.poolSize()) * (1 + 1e-3));
        // Nobody gets more than under LEXIMIN's largest, and the smallest stays at most LEXIMIN's (the maximin).
        assertThat(fair.maximum()).isLessThanOrEqualTo(lex.maximum() + 1e-3);
        assertThat(fair.minimum()).isLessThanOrEqualTo(lex.minimum() + 1e-6);
    }

    @Test
    void where_everyone_can_have_k_over_n_everyone_gets_it() {
        var instance = SharedInstances.read("example_small_20");
        var types = new VolunteerTypes(instance.pool(), instance.quotas());

        var fair = goldilocks.distribute(types, 20, DrawControl.NONE).orElseThrow();

        assertThat(fair.minimum()).isCloseTo(0.1, within(1e-3));
        assertThat(fair.maximum()).isCloseTo(0.1, within(1e-3));
    }

    @Test
    void a_seat_reserved_for_a_lone_volunteer_seats_them_on_every_panel() {
        // 1 of group a, 9 of b, one seat each: no lottery can do otherwise than a on every panel (1) and the 9 b
        // sharing the other seat (1/9 each).
        var pool = Pools.pool(Pools.of("a", 1, "g", "a"), Pools.of("b", 9, "g", "b"));
        var types = new VolunteerTypes(pool, new Quotas(List.of(new Quota("g", "a", 1, 1), new Quota("g", "b", 1, 1))));

        var fair = goldilocks.distribute(types, 2, DrawControl.NONE).orElseThrow();

        assertThat(fair.volunteerProbabilities().get("a1")).isCloseTo(1, within(1e-6));
        assertThat(fair.volunteerProbabilities().get("b1")).isCloseTo(1.0 / 9, within(1e-6));
    }
}
