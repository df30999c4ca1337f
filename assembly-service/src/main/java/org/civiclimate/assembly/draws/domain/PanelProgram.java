package org.civiclimate.assembly.draws.domain;

import java.util.Optional;

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
            int holders = 0;
            for (int t = 0; t < n; t++) {
                holders += types.has(t, q) ? 1 : 0;
            }
            int[] variables = new int[holders];
            double[] coefficients = new double[holders];
            for (int t = 0, i = 0; t < n; t++) {
                if (types.has(t, q)) {
                    variables[i] = t;
                    coefficients[i++] = 1;
                }
            }
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
}
