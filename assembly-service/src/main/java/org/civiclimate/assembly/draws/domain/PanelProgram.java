package org.civiclimate.assembly.draws.domain;

import java.util.Optional;
import java.util.SequencedSet;

/**
 * The integer programme whose solutions are exactly the quota-keeping panels: how many of each type, between 0 and
 * the type's size, {@code panelSize} in all, every quota's seats within its bounds. Built once per selection; each
 * solve only changes the weights of the types.
 */
final class PanelProgram implements AutoCloseable {

    private final VolunteerTypes types;
    private final Optimizer.Program program;
    private final long timeLimitMillis;

    PanelProgram(Optimizer optimizer, VolunteerTypes types, int panelSize, long timeLimitMillis) {
        this.types = types;
        this.timeLimitMillis = timeLimitMillis;
        this.program = optimizer.integer();
        int n = types.size();
        int[] all = new int[n];
        double[] ones = new double[n];
        for (int t = 0; t < n; t++) {
            all[t] = program.variable(0, types.count(t));
            ones[t] = 1;
        }
        program.constraint(panelSize, panelSize, all, ones);
        var quotas = types.quotas().list();
        for (int q = 0; q < quotas.size(); q++) {
            int[] variables = types.holders(q);
            double[] coefficients = new double[variables.length];
            java.util.Arrays.fill(coefficients, 1);
            program.constraint(quotas.get(q).min(), quotas.get(q).max(), variables, coefficients);
        }
    }

    /** The panel of largest total weight (a weight per volunteer of each type), or none if no panel keeps the quotas. */
    Optional<Panel> heaviest(double[] weightPerVolunteer) {
        program.objective(weightPerVolunteer, true);
        var solution = program.solve(timeLimitMillis);
        if (solution.status() == Optimizer.Status.INFEASIBLE) {
            return Optional.empty();
        }
        if (!solution.optimal()) {
            throw new IllegalStateException("The solver found no panel in " + timeLimitMillis + " ms");
        }
        int[] counts = new int[types.size()];
        for (int t = 0; t < counts.length; t++) {
            counts[t] = (int) Math.round(solution.values()[t]);
        }
        return Optional.of(new Panel(counts));
    }

    @Override
    public void close() {
        program.close();
    }

    /**
     * Multiplicative weights, as the paper starts: the heaviest panel, then each of its types made lighter, so that
     * later panels favour the types seen least; then a panel for each type still unseen, if one exists. False if
     * no panel keeps the quotas.
     */
    boolean initialPanels(SequencedSet<Panel> panels, boolean[] coverable, DrawControl control) {
        int n = types.size();
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1);
        int rounds = Math.min(3 * n, n + 20);
        for (int round = 0; round < rounds; round++) {
            control.checkpoint();
            var panel = heaviest(weights);
            if (panel.isEmpty()) {
                return false;
            }
            double total = 0;
            for (int t = 0; t < n; t++) {
                weights[t] *= 1 - 0.2 * panel.get().count(t) / types.count(t);
                total += weights[t] * types.count(t);
            }
            for (int t = 0; t < n; t++) {
                weights[t] *= types.poolSize() / total;
            }
            if (!panels.add(panel.get())) {
                for (int t = 0; t < n; t++) {
                    weights[t] = 0.9 * weights[t] + 0.1;
                }
            }
            control.progress(0.05 * round / rounds, "initial panels");
        }
        for (var panel : panels) {
            for (int t = 0; t < n; t++) {
                coverable[t] |= panel.count(t) > 0;
            }
        }
        for (int t = 0; t < n; t++) {
            if (!coverable[t]) {
                control.checkpoint();
                double[] only = new double[n];
                only[t] = 1;
                var panel = heaviest(only).orElseThrow();
                if (panel.count(t) > 0) {
                    panels.add(panel);
                    for (int s = 0; s < n; s++) {
                        coverable[s] |= panel.count(s) > 0;
                    }
                }
            }
        }
        return true;
    }
}
