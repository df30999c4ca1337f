package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.Leximin;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** LEXIMIN on the public instances, with the real solver: every panel keeps the quotas, the sums hold. */
class LeximinInstancesTest {

    private final Leximin leximin = new Leximin(new OrToolsOptimizer(), 60_000);

    static Iterable<String> instances() {
        return SharedInstances.names();
    }

    @ParameterizedTest
    @MethodSource("instances")
    void every_panel_keeps_the_quotas_and_the_probabilities_add_up(String name) {
        var instance = SharedInstances.read(name);
        assertThat(instance.pool().problemsWith(instance.quotas(), instance.panelSize()))
                .isEmpty();
        var types = new VolunteerTypes(instance.pool(), instance.quotas());

        var distribution = leximin.distribute(types, instance.panelSize(), DrawControl.NONE)
                .orElseThrow();

        assertThat(distribution.panels()).allMatch(panel -> panel.keeps(types, instance.panelSize()));
        assertThat(Arrays.stream(distribution.probabilities()).sum()).isCloseTo(1, within(1e-9));
        assertThat(distribution.volunteerProbabilities().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(instance.panelSize(), within(1e-6));
    }

    @Test
    void example_small_20_gives_everyone_the_published_ten_percent() {
        var instance = SharedInstances.read("example_small_20");
        var types = new VolunteerTypes(instance.pool(), instance.quotas());

        var distribution = leximin.distribute(types, 20, DrawControl.NONE).orElseThrow();

        assertThat(distribution.minimum()).isCloseTo(0.100, within(0.001));
        assertThat(distribution.maximum()).isCloseTo(0.100, within(0.001));
    }

    @Test
    void the_fixture_of_sortition_algorithms_stays_under_its_arithmetic_bound() {
        var instance = SharedInstances.read("sortition_algorithms_fixture_22");
        var types = new VolunteerTypes(instance.pool(), instance.quotas());

        var distribution = leximin.distribute(types, 22, DrawControl.NONE).orElseThrow();

        // The 42 volunteers aged 60+ share at most 6 seats: no lottery gives all of them more than 6/42.
        assertThat(distribution.minimum()).isLessThanOrEqualTo(6.0 / 42 + 1e-6).isGreaterThan(0);
    }
}
