package org.civiclimate.assembly.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservesTest {

    private final Quotas quotas = new Quotas(List.of(
            new Quota("gender", "f", 5, 5),
            new Quota("gender", "m", 5, 5),
            new Quota("age", "young", 4, 6),
            new Quota("age", "old", 4, 6)));

    @Test
    void reserves_mirror_the_panel_when_everyone_drops_out_alike_and_follow_the_dropouts_otherwise() {
        int[] seats = {5, 5, 5, 5};

        var alike = Reserves.quotas(quotas, seats, new double[] {1, 1, 1, 1}, 4);
        assertThat(alike.list())
                .extracting(Quota::min, Quota::max)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(2, 2));

        // The young leave three times as often as the old: three reserves in four are young.
        var skewed = Reserves.quotas(quotas, seats, new double[] {1, 1, 3, 1}, 4);
        assertThat(skewed.list().get(2).min()).isEqualTo(3);
        assertThat(skewed.list().get(3).max()).isEqualTo(1);
    }

    @Test
    void the_replacement_is_the_first_reserve_that_keeps_the_quotas_else_the_least_harmful() {
        int[] seats = {5, 5, 4, 6};
        int[] leavingYoungWoman = {0, 2};
        var reserves = List.of(new int[] {1, 2}, new int[] {0, 3}, new int[] {0, 2});

        // A young woman leaves: a young woman keeps everything; an old woman breaks age, a young man gender.
        assertThat(Reserves.replacement(quotas, seats, leavingYoungWoman, reserves))
                .isEqualTo(2);
        assertThat(Reserves.replacement(quotas, seats, leavingYoungWoman, reserves.subList(0, 2)))
                .isEqualTo(0);
        assertThat(Reserves.replacement(quotas, seats, leavingYoungWoman, List.of()))
                .isEqualTo(-1);
    }

    @Test
    void the_next_reserve_is_found_by_feature_values_skipping_those_that_break_a_quota() {
        var panel = new ArrayList<Map<String, String>>();
        for (int i = 0; i < 5; i++) {
            panel.add(Map.of("gender", "f", "age", i < 2 ? "young" : "old"));
            panel.add(Map.of("gender", "m", "age", i < 2 ? "young" : "old"));
        }
        var leaving = Map.of("gender", "f", "age", "young");
        var reserves = List.of(
                Map.of("gender", "m", "age", "young"),
                Map.of("gender", "f", "age", "old"),
                Map.of("gender", "f", "age", "young"));

        // Four young of ten: the young woman leaving must be replaced by a young woman to keep both features.
        assertThat(quotas.seatsOf(panel)).containsExactly(5, 5, 4, 6);
        assertThat(Reserves.next(quotas, panel, leaving, reserves)).isEqualTo(2);
        assertThat(Reserves.next(quotas, panel, leaving, List.of())).isEqualTo(-1);
    }
}
