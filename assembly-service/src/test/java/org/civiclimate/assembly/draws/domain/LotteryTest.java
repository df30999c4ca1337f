package org.civiclimate.assembly.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotteryTest {

    @Test
    void tickets_add_up_exactly_and_the_remainders_go_to_the_largest() {
        long[] tickets = Lottery.tickets(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});

        assertThat(Arrays.stream(tickets).sum()).isEqualTo(Lottery.TICKETS);
        assertThat(tickets).containsExactly(333_333_334, 333_333_333, 333_333_333);
    }

    @Test
    void a_panel_with_every_ticket_is_always_drawn_and_takes_its_count_of_each_type() {
        var members = List.of(List.of("a", "b", "c"), List.of("d", "e"));
        var panels = List.of(new int[] {2, 0}, new int[] {1, 1});
        long[] tickets = {0, Lottery.TICKETS};

        for (int seed = 0; seed < 50; seed++) {
            var outcome = Lottery.draw(members, panels, tickets, new SeededRandom("seed " + seed));
            assertThat(outcome.panel()).isEqualTo(1);
            assertThat(outcome.selected()).hasSize(2);
            assertThat(outcome.selected())
                    .filteredOn(List.of("a", "b", "c")::contains)
                    .hasSize(1);
            assertThat(outcome.selected())
                    .filteredOn(List.of("d", "e")::contains)
                    .hasSize(1);
        }
    }

    @Test
    void the_same_seed_draws_the_same_people_and_each_gets_their_share() {
        var members = List.of(List.of("a", "b", "c", "d"));
        var panels = List.<int[]>of(new int[] {1});
        long[] tickets = {Lottery.TICKETS};

        var once = Lottery.draw(members, panels, tickets, new SeededRandom("announced"));
        assertThat(Lottery.draw(members, panels, tickets, new SeededRandom("announced")))
                .isEqualTo(once);
        int[] counts = new int[4];
        for (int seed = 0; seed < 4_000; seed++) {
            var selected = Lottery.draw(members, panels, tickets, new SeededRandom("s" + seed))
                    .selected()
                    .getFirst();
            counts[selected.charAt(0) - 'a']++;
        }
        assertThat(java.util.Arrays.stream(counts).boxed().toList())
                .allSatisfy(count -> assertThat(count).isBetween(900, 1_100));
    }
}
