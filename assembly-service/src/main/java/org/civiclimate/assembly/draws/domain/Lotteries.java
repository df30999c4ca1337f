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
}
