package org.civiclimate.assembly.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HouseholdLotteryTest {

    @Test
    void a_rank_is_the_hex_sha256_of_seed_letters_and_household_as_any_tool_computes_it() {
        // python3 -c "import hashlib; print(hashlib.sha256(b'2027-lotto-42/letters/HH-0001').hexdigest())"
        assertThat(HouseholdLottery.rank("2027-lotto-42", "HH-0001"))
                .isEqualTo("866131f4c972632bdced5e1d967b469bd028267565d6ddf0a8d265e25aee6852");
    }

    @Test
    void districts_get_their_share_of_the_letters_by_largest_remainder() {
        // 7 letters for 50, 30 and 20 households: 3.5, 2.1 and 1.4; the half left goes to the largest remainder.
        assertThat(HouseholdLottery.allocate(Map.of("A", 50L, "B", 30L, "C", 20L), 7))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", 4, "B", 2, "C", 1));
        // Equal remainders: the district first in alphabetical order.
        assertThat(HouseholdLottery.allocate(Map.of("North", 1L, "South", 1L), 1))
                .containsExactlyInAnyOrderEntriesOf(Map.of("North", 1, "South", 0));
        assertThat(HouseholdLottery.allocate(Map.of("A", 3L), 3)).containsEntry("A", 3);
        assertThatThrownBy(() -> HouseholdLottery.allocate(Map.of("A", 3L), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_letters_go_to_the_lowest_ranks_whatever_order_the_register_is_read_in() {
        var households = IntStream.range(0, 500).mapToObj(i -> "H" + i).toList();
        var expected = households.stream()
                .sorted(Comparator.comparing(household -> HouseholdLottery.rank("seed", household)))
                .limit(20)
                .toList();
        var shuffled = new ArrayList<>(households);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(draw("seed", households, 20)).containsExactlyElementsOf(expected);
        assertThat(draw("seed", shuffled, 20)).containsExactlyElementsOf(expected);
        assertThat(draw("another seed", households, 20)).isNotEqualTo(expected);
    }

    @Test
    void each_district_draws_among_its_own_households() {
        var lottery = HouseholdLottery.byDistrict("s", Map.of("North", 2, "South", 1));
        for (int i = 0; i < 30; i++) {
            lottery.offer("N" + i, "North");
            lottery.offer("S" + i, "South");
            lottery.offer("E" + i, "East");
        }
        var drawn = lottery.drawn();
        assertThat(drawn).extracting(HouseholdLottery.Drawn::district).containsExactly("North", "North", "South");
        assertThat(drawn.get(0).household()).startsWith("N");
        assertThat(drawn.get(0).rank()).isLessThan(drawn.get(1).rank());
        assertThat(drawn.get(2).household()).startsWith("S");
    }

    @Test
    void every_household_is_equally_likely_to_get_a_letter() {
        // 3 letters among 10 households over 3,000 seeds: each expects 900 (standard deviation 25).
        var households = IntStream.range(0, 10).mapToObj(i -> "H" + i).toList();
        Map<String, Integer> letters = new HashMap<>();
        for (int seed = 0; seed < 3000; seed++) {
            draw("seed " + seed, households, 3).forEach(household -> letters.merge(household, 1, Integer::sum));
        }
        assertThat(letters).hasSize(10);
        assertThat(letters.values()).allSatisfy(count -> assertThat(count).isBetween(800, 1000));
    }

    private static List<String> draw(String seed, List<String> households, int letters) {
        var lottery = HouseholdLottery.ofRegister(seed, letters);
        households.forEach(household -> lottery.offer(household, household.length() % 2 == 0 ? "even" : "odd"));
        return lottery.drawn().stream().map(HouseholdLottery.Drawn::household).toList();
    }
}
