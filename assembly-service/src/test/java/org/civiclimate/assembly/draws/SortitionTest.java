package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.InputProblem;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.Relaxation;
import org.civiclimate.assembly.draws.domain.Reserves;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.junit.jupiter.api.Test;

/** A whole draw with the real solver: panel, reserves, reproducibility, refusals and relaxations. */
class SortitionTest {

    private final Sortition sortition = new Sortition(new OrToolsOptimizer(), 10_000);
    private final DrawInstance fixture = SharedInstances.read("sortition_algorithms_fixture_22");

    private Sortition.Result draw(Sortition.Algorithm algorithm, String seed) {
        return sortition.run(
                new Sortition.Request(
                        fixture.pool(), fixture.quotas(), 22, 8, algorithm, seed, "announced", Optional.empty(), 500),
                DrawControl.NONE);
    }

    @Test
    void a_leximin_draw_seats_a_quota_keeping_panel_and_disjoint_reserves_that_mirror_it() {
        var drawn = (Sortition.Drawn) draw(Sortition.Algorithm.LEXIMIN, "published seed");

        var selected = drawn.panel().outcome().selected();
        assertThat(selected).hasSize(22).doesNotHaveDuplicates();
        int[] seats = Sortition.seatsOf(drawn.types(), selected);
        assertThat(Reserves.broken(fixture.quotas(), seats)).isZero();
        assertThat(drawn.reserveOrder()).hasSize(8).doesNotContainAnyElementsOf(selected);
        assertThat(Reserves.broken(drawn.reserveQuotas(), Sortition.seatsOf(drawn.types(), drawn.reserveOrder())))
                .isZero();
        assertThat(drawn.dropout()).extracting(result -> result.dropoutRate()).containsExactly(0.10, 0.20);
        // Reserves help: at 10 % dropout most simulated mandates end with every quota kept.
        assertThat(drawn.dropout().getFirst().keptShare())
                .isGreaterThan(drawn.dropout().getLast().keptShare() - 1e-9);
    }

    @Test
    void each_profile_has_its_chance_under_the_draws_algorithm_and_legacy_side_by_side() {
        var drawn = (Sortition.Drawn) draw(Sortition.Algorithm.LEXIMIN, "published seed");

        var profiles = drawn.profiles();
        assertThat(profiles).hasSize(drawn.types().size());
        assertThat(profiles.stream().mapToInt(Sortition.Profile::volunteers).sum())
                .isEqualTo(fixture.pool().size());
        // Each volunteer's chance, summed over the pool, is the panel's size, under either algorithm.
        assertThat(profiles.stream()
                        .mapToDouble(profile -> profile.volunteers() * profile.probability())
                        .sum())
                .isCloseTo(22, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(profiles.stream()
                        .mapToDouble(profile -> profile.volunteers() * profile.legacyProbability())
                        .sum())
                .isCloseTo(22, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(profiles.stream()
                        .mapToDouble(Sortition.Profile::probability)
                        .min()
                        .orElseThrow())
                .isCloseTo(drawn.distribution().orElseThrow().minimum(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(profiles.getFirst().values())
                .containsOnlyKeys(fixture.quotas().features());
    }

    @Test
    void the_same_seed_draws_the_same_panel_and_reserves_and_another_seed_differs() {
        var first = (Sortition.Drawn) draw(Sortition.Algorithm.LEXIMIN, "Lotto 2026-12-05");
        var again = (Sortition.Drawn) draw(Sortition.Algorithm.LEXIMIN, "Lotto 2026-12-05");
        var other = (Sortition.Drawn) draw(Sortition.Algorithm.LEXIMIN, "Lotto 2026-12-12");

        assertThat(again.panel().outcome()).isEqualTo(first.panel().outcome());
        assertThat(again.reserveOrder()).isEqualTo(first.reserveOrder());
        assertThat(other.panel().outcome().selected())
                .isNotEqualTo(first.panel().outcome().selected());
    }

    @Test
    void a_legacy_draw_keeps_the_quotas_too_and_is_reproducible() {
        var drawn = (Sortition.Drawn) draw(Sortition.Algorithm.LEGACY, "legacy seed");
        var again = (Sortition.Drawn) draw(Sortition.Algorithm.LEGACY, "legacy seed");

        assertThat(drawn.distribution()).isEmpty();
        assertThat(Reserves.broken(
                        fixture.quotas(),
                        Sortition.seatsOf(drawn.types(), drawn.panel().outcome().selected())))
                .isZero();
        assertThat(again.panel().outcome()).isEqualTo(drawn.panel().outcome());
    }

    @Test
    void bad_input_is_named_field_by_field_and_nothing_is_drawn() {
        var invalid = (Sortition.Invalid) sortition.run(
                new Sortition.Request(
                        fixture.pool(),
                        fixture.quotas(),
                        500,
                        -1,
                        Sortition.Algorithm.LEXIMIN,
                        "s",
                        "",
                        Optional.empty(),
                        0),
                DrawControl.NONE);

        assertThat(invalid.problems()).extracting(InputProblem::field).contains("panelSize", "reserveCount");
    }

    @Test
    void quotas_no_panel_can_keep_come_with_the_smallest_relaxation_that_would() {
        // 3 women and 7 men; at least 4 women of 6 seats cannot be met: the minimum must come down by one seat.
        var pool = Pools.pool(Pools.of("w", 3, "g", "f"), Pools.of("m", 7, "g", "m"));
        var quotas = new Quotas(List.of(new Quota("g", "f", 4, 6), new Quota("g", "m", 0, 6)));

        var infeasible = (Sortition.Infeasible) sortition.run(
                new Sortition.Request(pool, quotas, 6, 0, Sortition.Algorithm.LEXIMIN, "s", "", Optional.empty(), 0),
                DrawControl.NONE);

        assertThat(infeasible.changes().orElseThrow()).singleElement().satisfies(change -> {
            assertThat(change.quota().label()).isEqualTo("g=f");
            assertThat(change.min()).isEqualTo(3);
            assertThat(change.max()).isEqualTo(6);
        });
    }

    @Test
    void conflicting_features_are_relaxed_where_it_costs_fewest_seats() {
        // 4 seats. The young are all women and at least 3 young are asked for, yet at most 1 woman: one of the two
        // bounds must give 2 seats; nothing smaller works.
        var volunteers = new java.util.ArrayList<org.civiclimate.assembly.draws.domain.Volunteer>();
        for (int i = 0; i < 4; i++) {
            volunteers.add(new org.civiclimate.assembly.draws.domain.Volunteer(
                    "y" + i, java.util.Map.of("g", "f", "a", "young")));
            volunteers.add(new org.civiclimate.assembly.draws.domain.Volunteer(
                    "o" + i, java.util.Map.of("g", "m", "a", "old")));
        }
        var quotas = new Quotas(List.of(
                new Quota("g", "f", 0, 1),
                new Quota("g", "m", 0, 4),
                new Quota("a", "young", 3, 4),
                new Quota("a", "old", 0, 4)));
        var types = new org.civiclimate.assembly.draws.domain.VolunteerTypes(
                new org.civiclimate.assembly.draws.domain.Pool(volunteers), quotas);

        var changes = new Relaxation(new OrToolsOptimizer(), 10_000)
                .smallest(types, 4)
                .orElseThrow();

        assertThat(changes.stream()
                        .mapToInt(c ->
                                c.quota().min() - c.min() + c.max() - c.quota().max())
                        .sum())
                .isEqualTo(2);
        assertThat(new HashSet<>(changes.stream().map(c -> c.quota().label()).toList()))
                .isSubsetOf(java.util.Set.of("g=f", "a=young"));
    }
}
