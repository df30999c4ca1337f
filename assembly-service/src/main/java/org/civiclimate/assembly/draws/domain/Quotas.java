package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every quota of a draw, in the order the commune set them; features keep the order of their first quota. */
public record Quotas(List<Quota> list) {

    public Quotas {
        list = List.copyOf(list);
    }

    /** The stratifying features, in order. */
    public List<String> features() {
        return list.stream().map(Quota::feature).distinct().toList();
    }

    /** The index in {@link #list()} of a feature's value, or -1. */
    public int indexOf(String feature, String value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).feature().equals(feature) && list.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes in {@link #list()} of the quotas a person with these feature values counts towards. */
    public int[] indexesOf(Map<String, String> values) {
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).value().equals(values.get(list.get(i).feature()))) {
                indexes.add(i);
            }
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Each quota's seats taken by these people's feature values. */
    public int[] seatsOf(List<Map<String, String>> people) {
        int[] seats = new int[list.size()];
        for (var person : people) {
            for (int index : indexesOf(person)) {
                seats[index]++;
            }
        }
        return seats;
    }

    /** What makes these quotas unusable for a panel of {@code panelSize}, whoever volunteers. */
    public List<InputProblem> problemsFor(int panelSize) {
        var problems = new ArrayList<InputProblem>();
        Set<String> seen = new HashSet<>();
        Map<String, int[]> sums = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            var quota = list.get(i);
            if (!seen.add(quota.feature() + "\u0000" + quota.value())) {
                problems.add(new InputProblem(
                        "quotas[" + i + "].value",
                        InputProblem.Reason.DUPLICATE_QUOTA,
                        quota.label() + " is listed twice"));
            }
            firstIndex.putIfAbsent(quota.feature(), i);
            var sum = sums.computeIfAbsent(quota.feature(), feature -> new int[2]);
            sum[0] += quota.min();
            sum[1] = (int) Math.min(Integer.MAX_VALUE, (long) sum[1] + quota.max());
        }
        sums.forEach((feature, sum) -> {
            if (sum[0] > panelSize || sum[1] < panelSize) {
                problems.add(new InputProblem(
                        "quotas[" + firstIndex.get(feature) + "]",
                        InputProblem.Reason.QUOTAS_CANNOT_ADD_UP,
                        "the quotas of " + feature + " add up to " + sum[0] + "-" + sum[1] + " seats, not "
                                + panelSize));
            }
        });
        return problems;
    }

    /** A value's share of the population, as census figures give it (any scale: shares are compared per feature). */
    public record Share(String feature, String value, double share) {}

    /**
     * Quotas for a panel of {@code panelSize} from population shares: each value gets its share of the seats, from
     * the floor of {@code 1 - tolerance} times it to the ceiling of {@code 1 + tolerance} times it. The floors of a
     * feature never add up to more than the panel nor the ceilings to less, so the result always adds up.
     */
    public static Quotas fromShares(List<Share> shares, int panelSize, double tolerance) {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (var share : shares) {
            totals.merge(share.feature(), share.share(), Double::sum);
        }
        var quotas = new ArrayList<Quota>();
        for (var share : shares) {
            double total = totals.get(share.feature());
            double seats = total == 0 ? 0 : share.share() / total * panelSize;
            int min = (int) Math.floor(seats * (1 - tolerance) + 1e-9);
            int max = (int) Math.ceil(seats * (1 + tolerance) - 1e-9);
            quotas.add(new Quota(share.feature(), share.value(), min, Math.max(min, max)));
        }
        return new Quotas(quotas);
    }
}
