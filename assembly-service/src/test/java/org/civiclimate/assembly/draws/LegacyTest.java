package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import org.civiclimate.assembly.draws.domain.Legacy;
import org.civiclimate.assembly.draws.domain.Panel;
import org.civiclimate.assembly.draws.domain.SeededRandom;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.junit.jupiter.api.Test;

/** The greedy rule on the public instance built to trip it up. */
class LegacyTest {

    private final DrawInstance instance = SharedInstances.read("example_small_20");
    private final VolunteerTypes types = new VolunteerTypes(instance.pool(), instance.quotas());
    private final Legacy legacy = new Legacy(types, 20);

    @Test
    void every_legacy_panel_keeps_the_quotas() {
        var random = new SeededRandom("legacy panels");
        for (int run = 0; run < 200; run++) {
            var panel = legacy.select(random, 100).orElseThrow();
            int[] counts = new int[types.size()];
            panel.forEach(id -> counts[types.typeOf(id)]++);
            assertThat(new Panel(counts).keeps(types, 20)).isTrue();
        }
    }

    @Test
    void the_lone_conservative_woman_is_seated_about_one_time_in_a_hundred_against_leximins_ten() {
        var estimate = legacy.estimate(10_000, new SeededRandom("legacy estimate"));

        // The paper's authors measured their least-selected volunteer at 0.96 % to 1.11 % over 10,000 panels.
        assertThat(estimate.minimum()).isBetween(0.003, 0.03).isLessThan(0.100);
        int lone = -1;
        for (int t = 0; t < types.size(); t++) {
            lone = types.count(t) == 1 ? t : lone;
        }
        int index = estimate.volunteers().indexOf(types.members(lone).getFirst());
        assertThat(estimate.frequencies()[index]).isEqualTo(estimate.minimum());
        double[] interval = estimate.interval99(estimate.minimum());
        assertThat(interval[0]).isLessThan(estimate.minimum());
        assertThat(interval[1]).isGreaterThan(estimate.minimum()).isLessThan(0.100);
        assertThat(java.util.Arrays.stream(estimate.frequencies()).sum())
                .isCloseTo(20, org.assertj.core.api.Assertions.within(1e-9));
    }
}
