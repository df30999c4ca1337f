package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How representative a panel stays when members drop out and reserves replace them by {@link Reserves#replacement}:
 * many simulated mandates in which each member leaves with the given rate, counting those that end with every
 * quota kept, and the seats outside the quotas on average.
 */
public final class DropoutCheck {

    private DropoutCheck() {}

    public record Resilience(double dropoutRate, int trials, double keptShare, double meanSeatsOutside) {}

    /**
     * @param members each seated member's quota indexes
     * @param reserves each reserve's quota indexes, in calling order
     */
    public static Resilience simulate(
            Quotas quotas,
            List<int[]> members,
            List<int[]> reserves,
            double dropoutRate,
            int trials,
            SeededRandom random,
            DrawControl control) {
        int kept = 0;
        long outside = 0;
        for (int trial = 0; trial < trials; trial++) {
            if (trial % 100 == 0) {
                control.checkpoint();
            }
            int[] seats = new int[quotas.list().size()];
            for (int[] member : members) {
                for (int index : member) {
                    seats[index]++;
                }
            }
            var available = new ArrayList<>(reserves);
            for (int[] member : members) {
                if (random.nextLong(1L << 53) < dropoutRate * (1L << 53)) {
                    int r = Reserves.replacement(quotas, seats, member, available);
                    for (int index : member) {
                        seats[index]--;
                    }
                    if (r >= 0) {
                        for (int index : available.remove(r)) {
                            seats[index]++;
                        }
                    }
                }
            }
            int broken = Reserves.broken(quotas, seats);
            kept += broken == 0 ? 1 : 0;
            outside += broken;
        }
        return new Resilience(dropoutRate, trials, (double) kept / trials, (double) outside / trials);
    }
}
