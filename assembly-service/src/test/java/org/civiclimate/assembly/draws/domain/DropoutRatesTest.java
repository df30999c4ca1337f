package org.civiclimate.assembly.draws.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DropoutRatesTest {

    private final Quotas quotas = new Quotas(
            List.of(new Quota("age", "young", 1, 5), new Quota("age", "old", 1, 5), new Quota("age", "unseen", 0, 5)));

    @Test
    void each_value_leaves_at_its_observed_rate_shrunk_toward_the_overall_one() {
        var offers = new ArrayList<DropoutRates.Offer>();
        // 20 young, 10 of whom dropped out; 20 old, 2 of whom did: 12 in 40 overall (0.3).
        for (int i = 0; i < 20; i++) {
            offers.add(new DropoutRates.Offer(Map.of("age", "young"), i < 10));
            offers.add(new DropoutRates.Offer(Map.of("age", "old"), i < 2));
        }

        var observed = DropoutRates.estimate(quotas, offers).orElseThrow();

        // By hand: (10 + 10 * 0.3) / (20 + 10) = 13/30; (2 + 3) / 30 = 1/6; a value never offered gets the overall 0.3.
        assertThat(observed).extracting(DropoutRates.Observed::offers).containsExactly(20, 20, 0);
        assertThat(observed).extracting(DropoutRates.Observed::dropouts).containsExactly(10, 2, 0);
        double[] rates = DropoutRates.rates(observed);
        assertThat(rates[0]).isCloseTo(13.0 / 30, within(1e-12));
        assertThat(rates[1]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(rates[2]).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void too_little_history_or_no_dropout_gives_no_rates() {
        var few = List.of(new DropoutRates.Offer(Map.of("age", "young"), true));
        assertThat(DropoutRates.estimate(quotas, few)).isEmpty();
        var loyal = new ArrayList<DropoutRates.Offer>();
        for (int i = 0; i < 30; i++) {
            loyal.add(new DropoutRates.Offer(Map.of("age", i % 2 == 0 ? "young" : "old"), false));
        }
        assertThat(DropoutRates.estimate(quotas, loyal)).isEmpty();
    }
}
