package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.civiclimate.assembly.draws.domain.Distribution;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.Leximin;
import org.civiclimate.assembly.draws.domain.Pool;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.assembly.draws.domain.Volunteer;
import org.civiclimate.assembly.draws.domain.VolunteerTypes;
import org.civiclimate.assembly.draws.solver.OrToolsOptimizer;
import org.junit.jupiter.api.Test;

/** Cases small enough to work out LEXIMIN's answer by hand; the derivation is in each test. */
class LeximinAnalyticTest {

    private final Leximin leximin = new Leximin(new OrToolsOptimizer(), 10_000);

    private Map<String, Double> probabilities(Pool pool, List<Quota> quotas, int panelSize) {
        var types = new VolunteerTypes(pool, new Quotas(quotas));
        Distribution distribution =
                leximin.distribute(types, panelSize, DrawControl.NONE).orElseThrow();
        assertThat(distribution.panels()).allMatch(panel -> panel.keeps(types, panelSize));
        return distribution.volunteerProbabilities();
    }

    @Test
    void quotas_that_do_not_bind_give_everyone_k_over_n() {
        // Any 2 of 10: by symmetry and summing to k, each has 2/10.
        var pool = Pools.pool(Pools.of("p", 10, "g", "x"));

        assertThat(probabilities(pool, List.of(new Quota("g", "x", 0, 2)), 2))
                .allSatisfy((id, p) -> assertThat(p).isCloseTo(0.2, within(1e-6)));
    }

    @Test
    void a_fixed_seat_for_a_small_group_gives_its_members_more_and_the_rest_what_is_left() {
        // One woman and one man on every panel: the 2 women share one seat (1/2 each), the 8 men one (1/8 each).
        var pool = Pools.pool(Pools.of("w", 2, "g", "f"), Pools.of("m", 8, "g", "m"));

        var probabilities = probabilities(pool, List.of(new Quota("g", "f", 1, 1), new Quota("g", "m", 1, 1)), 2);

        assertThat(probabilities.get("w1")).isCloseTo(0.5, within(1e-6));
        assertThat(probabilities.get("m1")).isCloseTo(0.125, within(1e-6));
    }

    @Test
    void once_the_smallest_is_fixed_the_next_smallest_is_maximised() {
        // The 6 of group c may take no seat (0 whatever happens); LEXIMIN then raises the next smallest: the 4 of
        // a and b share both seats, 1/2 each, rather than, say, a taking both.
        var pool = Pools.pool(Pools.of("a", 2, "g", "a"), Pools.of("b", 2, "g", "b"), Pools.of("c", 6, "g", "c"));

        var probabilities = probabilities(
                pool, List.of(new Quota("g", "a", 0, 2), new Quota("g", "b", 0, 2), new Quota("g", "c", 0, 0)), 2);

        assertThat(probabilities.get("c1")).isCloseTo(0, within(1e-6));
        assertThat(probabilities.get("a1")).isCloseTo(0.5, within(1e-6));
        assertThat(probabilities.get("b2")).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void the_lone_member_of_a_group_gets_as_much_as_everyone() {
        // example_small_20 in miniature: 5 conservative men, 4 liberal women, 1 conservative woman; 2 seats, one
        // woman and one man, any leaning. The 5 men share a seat and so do the 5 women: 1/5 each, the lone
        // conservative woman included.
        var volunteers = new java.util.ArrayList<Volunteer>();
        for (int i = 1; i <= 5; i++) {
            volunteers.add(new Volunteer("m" + i, Map.of("g", "m", "l", "c")));
        }
        for (int i = 1; i <= 4; i++) {
            volunteers.add(new Volunteer("w" + i, Map.of("g", "f", "l", "l")));
        }
        volunteers.add(new Volunteer("w5", Map.of("g", "f", "l", "c")));

        var probabilities = probabilities(
                new Pool(volunteers),
                List.of(
                        new Quota("g", "f", 1, 1),
                        new Quota("g", "m", 1, 1),
                        new Quota("l", "l", 0, 2),
                        new Quota("l", "c", 0, 2)),
                2);

        assertThat(probabilities).allSatisfy((id, p) -> assertThat(p).isCloseTo(0.2, within(1e-6)));
    }

    @Test
    void quotas_no_panel_can_keep_give_no_distribution() {
        var pool = Pools.pool(Pools.of("w", 1, "g", "f"), Pools.of("m", 5, "g", "m"));
        var types = new VolunteerTypes(pool, new Quotas(List.of(new Quota("g", "f", 2, 2), new Quota("g", "m", 0, 2))));

        assertThat(leximin.distribute(types, 2, DrawControl.NONE)).isEmpty();
    }

    @Test
    void a_stop_request_ends_the_computation() {
        var pool = Pools.pool(Pools.of("p", 10, "g", "x"));
        var types = new VolunteerTypes(pool, new Quotas(List.of(new Quota("g", "x", 0, 2))));
        var stopping = new DrawControl() {
            @Override
            public void progress(double done, String stage) {}

            @Override
            public boolean stopRequested() {
                return true;
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> leximin.distribute(types, 2, stopping))
                .isInstanceOf(DrawControl.DrawStopped.class);
    }
}
