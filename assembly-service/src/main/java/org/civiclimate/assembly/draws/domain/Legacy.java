package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The greedy algorithm most practitioners used before LEXIMIN (the Sortition Foundation's "legacy" selection, as the
 * Nature paper describes it): seat one volunteer at a time, taken at random among the holders of the feature value
 * that most urgently needs seats (its missing minimum divided by the holders still available); a value whose maximum
 * is reached removes its other holders. It may run into a dead end, and then the attempt is abandoned and
 * repeated; and it gives some volunteers a far smaller chance than others.
 */
public final class Legacy {

    private final VolunteerTypes types;
    private final int panelSize;
    private final List<String> volunteers = new ArrayList<>();
    private final List<int[]> quotaIndexes = new ArrayList<>();

    public Legacy(VolunteerTypes types, int panelSize) {
        this.types = types;
        this.panelSize = panelSize;
        for (int t = 0; t < types.size(); t++) {
            for (var id : types.members(t)) {
                volunteers.add(id);
                quotaIndexes.add(types.quotaIndexes(t));
            }
        }
    }

    /** One legacy panel (volunteer ids, in the order seated), or empty if this attempt ran into a dead end. */
    public Optional<List<String>> attempt(SeededRandom random) {
        var quotas = types.quotas().list();
        int q = quotas.size();
        int[] seated = new int[q];
        int[] available = new int[q];
        boolean[] gone = new boolean[volunteers.size()];
        for (int[] indexes : quotaIndexes) {
            for (int index : indexes) {
                available[index]++;
            }
        }
        var panel = new ArrayList<String>(panelSize);
        while (panel.size() < panelSize) {
            int urgent = -1;
            double urgency = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < q; i++) {
                int missing = quotas.get(i).min() - seated[i];
                if (missing > available[i]) {
                    return Optional.empty();
                }
                if (available[i] > 0 && seated[i] < quotas.get(i).max()) {
                    double ratio = (double) missing / available[i];
                    if (ratio > urgency) {
                        urgency = ratio;
                        urgent = i;
                    }
                }
            }
            if (urgent < 0) {
                return Optional.empty();
            }
            int pick = random.nextInt(available[urgent]);
            int chosen = -1;
            for (int v = 0; v < volunteers.size(); v++) {
                if (!gone[v] && holds(v, urgent) && pick-- == 0) {
                    chosen = v;
                    break;
                }
            }
            panel.add(volunteers.get(chosen));
            remove(chosen, gone, available);
            for (int index : quotaIndexes.get(chosen)) {
                seated[index]++;
                if (seated[index] == quotas.get(index).max()) {
                    for (int v = 0; v < volunteers.size(); v++) {
                        if (!gone[v] && holds(v, index)) {
                            remove(v, gone, available);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < q; i++) {
            if (!quotas.get(i).allows(seated[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(panel);
    }

    /** A legacy panel, repeating dead-end attempts (at most {@code attempts}). */
    public Optional<List<String>> select(SeededRandom random, int attempts) {
        for (int i = 0; i < attempts; i++) {
            var panel = attempt(random);
            if (panel.isPresent()) {
                return panel;
            }
        }
        return Optional.empty();
    }

    /**
     * Each volunteer's selection frequency over {@code runs} legacy panels, in {@link VolunteerTypes} order (type by
     * type, members by id), with the share of attempts that ran into a dead end.
     */
    public Estimate estimate(int runs, SeededRandom random) {
        return estimate(runs, random, DrawControl.NONE);
    }

    /** The same, stopping when {@code control} says so. */
    public Estimate estimate(int runs, SeededRandom random, DrawControl control) {
        int[] selected = new int[volunteers.size()];
        var index = new java.util.HashMap<String, Integer>();
        for (int v = 0; v < volunteers.size(); v++) {
            index.put(volunteers.get(v), v);
        }
        int attempts = 0;
        for (int run = 0; run < runs; run++) {
            if (run % 100 == 0) {
                control.checkpoint();
            }
            Optional<List<String>> panel;
            do {
                if (++attempts > 100L * runs) {
                    throw new IllegalStateException("Legacy selection keeps running into dead ends");
                }
                panel = attempt(random);
            } while (panel.isEmpty());
            for (var id : panel.get()) {
                selected[index.get(id)]++;
            }
        }
        double[] frequencies = Arrays.stream(selected)
                .mapToDouble(count -> (double) count / runs)
                .toArray();
        return new Estimate(List.copyOf(volunteers), frequencies, runs, 1 - (double) runs / attempts);
    }

    /** Legacy's selection frequencies: the volunteers, how often each was seated, over how many panels. */
    public record Estimate(List<String> volunteers, double[] frequencies, int runs, double deadEndShare) {

        /** The least-selected volunteer's frequency. */
        public double minimum() {
            return Arrays.stream(frequencies).min().orElse(0);
        }

        public double maximum() {
            return Arrays.stream(frequencies).max().orElse(0);
        }

        /** The mean frequency of each quota's holders, in quota order. */
        public double[] valueFrequencies(VolunteerTypes types) {
            return Probabilities.byValue(types, typeFrequencies(types));
        }

        /** The mean frequency of each type's members, in type order. */
        public double[] typeFrequencies(VolunteerTypes types) {
            double[] byType = new double[types.size()];
            for (int v = 0; v < volunteers.size(); v++) {
                byType[types.typeOf(volunteers.get(v))] +=
                        frequencies[v] / types.count(types.typeOf(volunteers.get(v)));
            }
            return byType;
        }

        /**
         * A 99 % Jeffreys interval for a selection probability estimated at {@code frequency} over {@link #runs},
         * by the normal approximation of the Beta(x + 1/2, runs - x + 1/2) posterior, good enough for 10,000 runs.
         */
        public double[] interval99(double frequency) {
            double a = frequency * runs + 0.5;
            double b = runs - frequency * runs + 0.5;
            double mean = a / (a + b);
            double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
            return new double[] {Math.max(0, mean - 2.5758 * sd), Math.min(1, mean + 2.5758 * sd)};
        }
    }

    private boolean holds(int volunteer, int quotaIndex) {
        for (int index : quotaIndexes.get(volunteer)) {
            if (index == quotaIndex) {
                return true;
            }
        }
        return false;
    }

    private void remove(int volunteer, boolean[] gone, int[] available) {
        gone[volunteer] = true;
        for (int index : quotaIndexes.get(volunteer)) {
            available[index]--;
        }
    }
}
