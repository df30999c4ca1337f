package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the algorithms that end with a distribution. */
final class Lotteries {

    /** Probabilities below this are a solver's rounding, not a panel to draw. */
    private static final double NEGLIGIBLE = 1e-9;

    private Lotteries() {}

    /** Keeps the panels with a probability, clipped to [0, 1] and scaled to add up to exactly 1. */
    static Distribution normalised(VolunteerTypes types, List<Panel> panels, double[] values) {
        var kept = new ArrayList<Panel>();
        var probabilities = new ArrayList<Double>();
        double total = 0;
        for (int p = 0; p < panels.size(); p++) {
            double probability = Math.clamp(values[p], 0, 1);
            if (probability > NEGLIGIBLE) {
                kept.add(panels.get(p));
                probabilities.add(probability);
                total += probability;
            }
        }
        double sum = total;
        return new Distribution(
                types, kept, probabilities.stream().mapToDouble(p -> p / sum).toArray());
    }

    /** A linear programme whose first variables are the panels' probabilities, adding up to 1. */
    static Optimizer.Program overPanels(Optimizer optimizer, int panelCount) {
        var program = optimizer.linear();
        int[] all = new int[panelCount];
        double[] ones = new double[panelCount];
        for (int p = 0; p < panelCount; p++) {
            all[p] = program.variable(0, 1);
            ones[p] = 1;
        }
        program.constraint(1, 1, all, ones);
        return program;
    }

    /** A linear row: variables and their coefficients. */
    record Row(int[] variables, double[] coefficients) {}

    /** A type's selection probability in the panels' probabilities, plus {@code coefficient} times {@code extra}. */
    static Row typeProbability(VolunteerTypes types, List<Panel> panels, int type, int extra, double coefficient) {
        var variables = new ArrayList<Integer>();
        var coefficients = new ArrayList<Double>();
        for (int p = 0; p < panels.size(); p++) {
            if (panels.get(p).count(type) > 0) {
                variables.add(p);
                coefficients.add((double) panels.get(p).count(type) / types.count(type));
            }
        }
        variables.add(extra);
        coefficients.add(coefficient);
        return new Row(
                variables.stream().mapToInt(Integer::intValue).toArray(),
                coefficients.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
