package org.civiclimate.assembly.draws.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lottery over quota-keeping panels: each panel with its probability, the probabilities adding up to 1. A
 * volunteer's selection probability is the expected number of their type's seats divided by the type's size.
 */
public record Distribution(VolunteerTypes types, List<Panel> panels, double[] probabilities) {

    public Distribution {
        panels = List.copyOf(panels);
        probabilities = probabilities.clone();
        if (panels.size() != probabilities.length) {
            throw new IllegalArgumentException(panels.size() + " panels, " + probabilities.length + " probabilities");
        }
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** Each type's selection probability, per volunteer of the type. */
    public double[] typeProbabilities() {
        double[] result = new double[types.size()];
        for (int p = 0; p < panels.size(); p++) {
            for (int t = 0; t < result.length; t++) {
                result[t] += probabilities[p] * panels.get(p).count(t);
            }
        }
        for (int t = 0; t < result.length; t++) {
            result[t] /= types.count(t);
        }
        return result;
    }

    /** Each volunteer's selection probability, by id. */
    public Map<String, Double> volunteerProbabilities() {
        var byType = typeProbabilities();
        Map<String, Double> result = new LinkedHashMap<>();
        for (int t = 0; t < byType.length; t++) {
            for (var id : types.members(t)) {
                result.put(id, byType[t]);
            }
        }
        return result;
    }

    public double minimum() {
        double min = Double.POSITIVE_INFINITY;
        for (double p : typeProbabilities()) {
            min = Math.min(min, p);
        }
        return min;
    }

    public double maximum() {
        double max = 0;
        for (double p : typeProbabilities()) {
            max = Math.max(max, p);
        }
        return max;
    }

    /** The mean selection probability of the volunteers holding each quota's value, in quota order. */
    public double[] valueProbabilities() {
        return Probabilities.byValue(types, typeProbabilities());
    }
}
