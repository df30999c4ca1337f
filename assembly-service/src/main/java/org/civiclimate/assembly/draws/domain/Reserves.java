package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many reserves of each feature value a panel needs, so that calling them as members drop out keeps it
 * representative (after "Alternates, Assemble!", EC 2025): a value's share of the reserves follows the dropouts its
 * holders are expected to cause, its seats times its dropout rate. With the same rate everywhere the reserves mirror
 * the panel.
 */
public final class Reserves {

    private Reserves() {}

    /**
     * Quotas for {@code reserveCount} reserves: for each value, the floor and the ceiling of its expected share.
     *
     * @param seats the panel's seats per quota ({@link Quotas#list()} order)
     * @param dropoutRates each value's observed dropout rate, in the same order (any positive scale)
     */
    public static Quotas quotas(Quotas quotas, int[] seats, double[] dropoutRates, int reserveCount) {
        var list = quotas.list();
        var expected = new java.util.HashMap<String, Double>();
        for (int q = 0; q < list.size(); q++) {
            expected.merge(list.get(q).feature(), seats[q] * dropoutRates[q], Double::sum);
        }
        var result = new ArrayList<Quota>();
        for (int q = 0; q < list.size(); q++) {
            var quota = list.get(q);
            double total = expected.get(quota.feature());
            double share = total == 0 ? 0 : reserveCount * seats[q] * dropoutRates[q] / total;
            int min = (int) Math.floor(share + 1e-9);
            // A feature nobody is expected to leave puts no bound on its reserves.
            int max = total == 0 ? reserveCount : (int) Math.ceil(share - 1e-9);
            result.add(new Quota(quota.feature(), quota.value(), min, Math.max(min, max)));
        }
        return new Quotas(result);
    }

    /**
     * The reserve to call when a member leaves: the first, in order, whose seat keeps every quota; if none does,
     * the first of those that leave the quotas least broken (seats outside their bounds, summed). Returns an index
     * into {@code reserves}, or -1 if there are none left.
     *
     * @param seats the panel's seats per quota, with the leaving member still counted
     * @param leaving the leaving member's quota indexes
     * @param reserves each remaining reserve's quota indexes, in the order they are called
     */
    public static int replacement(Quotas quotas, int[] seats, int[] leaving, List<int[]> reserves) {
        int best = -1;
        int bestBroken = Integer.MAX_VALUE;
        for (int r = 0; r < reserves.size(); r++) {
            int[] after = seats.clone();
            for (int index : leaving) {
                after[index]--;
            }
            for (int index : reserves.get(r)) {
                after[index]++;
            }
            int broken = broken(quotas, after);
            if (broken == 0) {
                return r;
            }
            if (broken < bestBroken) {
                best = r;
                bestBroken = broken;
            }
        }
        return best;
    }

    /**
     * The reserve to call when a member of {@code panel} leaves ({@link #replacement}, by feature values): an index into
     * {@code reserves}, or -1 if there are none.
     *
     * @param panel the panel's members, the leaving one included
     */
    public static int next(
            Quotas quotas,
            List<Map<String, String>> panel,
            Map<String, String> leaving,
            List<Map<String, String>> reserves) {
        return replacement(
                quotas,
                quotas.seatsOf(panel),
                quotas.indexesOf(leaving),
                reserves.stream().map(quotas::indexesOf).toList());
    }

    /** Seats outside their quotas' bounds, summed over the quotas. */
    public static int broken(Quotas quotas, int[] seats) {
        int broken = 0;
        var list = quotas.list();
        for (int q = 0; q < list.size(); q++) {
            broken += Math.max(0, list.get(q).min() - seats[q])
                    + Math.max(0, seats[q] - list.get(q).max());
        }
        return broken;
    }
}
