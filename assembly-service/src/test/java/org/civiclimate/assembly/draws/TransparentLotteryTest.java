package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.Leximin;
import org.civiclimate.assembly.draws.domain.Panel;
import org.civiclimate.assembly.draws.domain.SeededRandom;
import org.civiclimate.assembly.draws.domain.TransparentLottery;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The LEXIMIN distribution rounded to 1,000 published panels, on the public instances. */
class TransparentLotteryTest {

    private final OrToolsOptimizer optimizer = new OrToolsOptimizer();

    static Iterable<String> instances() {
        return SharedInstances.names();
    }

    @ParameterizedTest
    @MethodSource("instances")
    void a_thousand_published_panels_keep_the_quotas_and_lose_little_fairness(String name) {
        var instance = SharedInstances.read(name);
        var types = new VolunteerTypes(instance.pool(), instance.quotas());
        int k = instance.panelSize();
        var distribution = new Leximin(optimizer, 60_000)
                .distribute(types, k, DrawControl.NONE)
                .orElseThrow();

        var rounded = new TransparentLottery(optimizer, 60_000).round(distribution, 1_000, new SeededRandom("list"));

        assertThat(rounded.panels()).hasSize(1_000);
        for (var panel : rounded.panels()) {
            assertThat(panel).hasSize(k).doesNotHaveDuplicates();
            int[] counts = new int[types.size()];
            panel.forEach(id -> counts[types.typeOf(id)]++);
            assertThat(new Panel(counts).keeps(types, k)).isTrue();
        }
        assertThat(rounded.probabilities().values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(k, within(1e-9));
        assertThat(rounded.exactMinimum()).isEqualTo(distribution.minimum());
        // Rounding to 1,000 panels costs the least-selected volunteer at most a few in a thousand.
        assertThat(rounded.minimum()).isGreaterThan(distribution.minimum() - 0.005);
        var exact = distribution.volunteerProbabilities();
        assertThat(rounded.probabilities()).allSatisfy((id, p) -> assertThat(p).isCloseTo(exact.get(id), within(0.05)));
    }
}
