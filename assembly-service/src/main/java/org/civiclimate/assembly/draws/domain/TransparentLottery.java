package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lottery the public can watch (Flanigan, Kehne, Procaccia, "Fair sortition made transparent", NeurIPS 2021): the
 * distribution rounded to {@code m} equally likely panels, numbered 1 to m and published before the draw, so that
 * one public draw of a number (balls, dice) picks the panel. Each distribution panel is repeated the floor or the
 * ceiling of m times its probability, chosen by an integer programme that keeps the smallest selection probability
 * as high as it can. Within a type, members are dealt round the type's seats of the m panels in turn, so each
 * member sits on as many of them as the type's seats allow, give or take one.
 */
public final class TransparentLottery {

    /**
     * The published panels, each listing its volunteers by id; the smallest probability before and after
     * rounding, the largest after, and each volunteer's probability after (their panels divided by m).
     */
    public record Rounded(
            List<List<String>> panels,
            double exactMinimum,
            double minimum,
            double maximum,
            Map<String, Double> probabilities) {}

    private final Optimizer optimizer;
    private final long solveLimitMillis;

    public TransparentLottery(Optimizer optimizer, long solveLimitMillis) {
        this.optimizer = optimizer;
        this.solveLimitMillis = solveLimitMillis;
    }

    public Rounded round(Distribution distribution, int m, SeededRandom random) {
        if (m < 1) {
            throw new IllegalArgumentException("A lottery of " + m + " panels");
        }
        var types = distribution.types();
        var panels = distribution.panels();
        double[] q = distribution.probabilities();
        int[] repeats = repeats(types, panels, q, m);
        // The numbered list: each panel as often as it is repeated, in the distribution's order, then shuffled so
        // that a number says nothing about its panel's make-up.
        var order = new ArrayList<Integer>();
        for (int p = 0; p < panels.size(); p++) {
            for (int r = 0; r < repeats[p]; r++) {
                order.add(p);
            }
        }
        var numbered = new ArrayList<List<String>>();
        for (int i = 0; i < m; i++) {
            numbered.add(new ArrayList<>());
        }
        var slots = Lottery.shuffled(order, random);
        for (int t = 0; t < types.size(); t++) {
            var members = Lottery.shuffled(types.members(t), random);
            int seat = 0;
            for (int slot = 0; slot < m; slot++) {
                int panel = slots.get(slot);
                for (int c = 0; c < panels.get(panel).count(t); c++) {
                    numbered.get(slot).add(members.get(seat++ % members.size()));
                }
            }
        }
        Map<String, Integer> sittings = new HashMap<>();
        for (var panel : numbered) {
            panel.sort(Comparator.naturalOrder());
            panel.forEach(id -> sittings.merge(id, 1, Integer::sum));
        }
        Map<String, Double> probabilities = new HashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int t = 0; t < types.size(); t++) {
            for (var id : types.members(t)) {
                double p = sittings.getOrDefault(id, 0) / (double) m;
                probabilities.put(id, p);
                min = Math.min(min, p);
                max = Math.max(max, p);
            }
        }
        return new Rounded(
                numbered.stream().map(List::copyOf).toList(), distribution.minimum(), min, max, probabilities);
    }

    /** How often each panel is repeated: floor or ceiling of m times its probability, m in all, fairest first. */
    private int[] repeats(VolunteerTypes types, List<Panel> panels, double[] q, int m) {
        int[] floors = new int[panels.size()];
        int given = 0;
        for (int p = 0; p < panels.size(); p++) {
            floors[p] = (int) Math.floor(q[p] * m);
            given += floors[p];
        }
        try (var program = optimizer.integer()) {
            int[] extra = new int[panels.size()];
            double[] ones = new double[panels.size()];
            for (int p = 0; p < panels.size(); p++) {
                extra[p] = program.variable(0, 1);
                ones[p] = 1;
            }
            program.constraint(m - given, m - given, extra, ones);
            int smallest = program.variable(0, m);
            for (int t = 0; t < types.size(); t++) {
                // Seats of type t over the m panels, per member: at least the smallest's sittings.
                double fixedSeats = 0;
                var variables = new ArrayList<Integer>();
                var coefficients = new ArrayList<Double>();
                for (int p = 0; p < panels.size(); p++) {
                    double perMember = (double) panels.get(p).count(t) / types.count(t);
                    fixedSeats += floors[p] * perMember;
                    if (perMember > 0) {
                        variables.add(extra[p]);
                        coefficients.add(perMember);
                    }
                }
                variables.add(smallest);
                coefficients.add(-1.0);
                program.constraint(
                        -fixedSeats,
                        Double.POSITIVE_INFINITY,
                        variables.stream().mapToInt(Integer::intValue).toArray(),
                        coefficients.stream().mapToDouble(Double::doubleValue).toArray());
            }
            double[] objective = new double[panels.size() + 1];
            objective[smallest] = 1;
            program.objective(objective, true);
            var solution = program.solve(solveLimitMillis);
            if (!solution.optimal()) {
                throw new IllegalStateException("No rounding to " + m + " panels: " + solution.status());
            }
            int[] repeats = new int[panels.size()];
            for (int p = 0; p < panels.size(); p++) {
                repeats[p] = floors[p] + (int) Math.round(solution.values()[extra[p]]);
            }
            return repeats;
        }
    }
}
