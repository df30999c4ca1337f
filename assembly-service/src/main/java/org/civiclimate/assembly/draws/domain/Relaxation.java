package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When no panel keeps the quotas: the smallest change of them that would let one, counted in seats (each seat a
 * minimum is lowered or a maximum raised by counts one), found by an integer programme over the pool's types.
 */
public final class Relaxation {

    private final Optimizer optimizer;
    private final long solveLimitMillis;

    public Relaxation(Optimizer optimizer, long solveLimitMillis) {
        this.optimizer = optimizer;
        this.solveLimitMillis = solveLimitMillis;
    }

    /** A quota that must change, and to what. */
    public record Change(int quotaIndex, Quota quota, int min, int max) {}

    /**
     * The changes, none if the quotas can be kept already; empty if no change of quotas helps (a pool smaller
     * than the panel).
     */
    public Optional<List<Change>> smallest(VolunteerTypes types, int panelSize) {
        if (types.poolSize() < panelSize) {
            return Optional.empty();
        }
        var quotas = types.quotas().list();
        int n = types.size();
        try (var program = optimizer.integer()) {
            for (int t = 0; t < n; t++) {
                program.variable(0, types.count(t));
            }
            int[] lowered = new int[quotas.size()];
            int[] raised = new int[quotas.size()];
            for (int q = 0; q < quotas.size(); q++) {
                lowered[q] = program.variable(0, quotas.get(q).min());
                raised[q] = program.variable(0, panelSize);
            }
            int[] all = new int[n];
            double[] ones = new double[n];
            for (int t = 0; t < n; t++) {
                all[t] = t;
                ones[t] = 1;
            }
            program.constraint(panelSize, panelSize, all, ones);
            for (int q = 0; q < quotas.size(); q++) {
                var holders = Arrays.stream(types.holders(q)).boxed().toList();
                int[] withLowered = new int[holders.size() + 1];
                int[] withRaised = new int[holders.size() + 1];
                double[] coefficients = new double[holders.size() + 1];
                double[] minusLast = new double[holders.size() + 1];
                for (int i = 0; i < holders.size(); i++) {
                    withLowered[i] = holders.get(i);
                    withRaised[i] = holders.get(i);
                    coefficients[i] = 1;
                    minusLast[i] = 1;
                }
                withLowered[holders.size()] = lowered[q];
                coefficients[holders.size()] = 1;
                withRaised[holders.size()] = raised[q];
                minusLast[holders.size()] = -1;
                program.constraint(quotas.get(q).min(), Double.POSITIVE_INFINITY, withLowered, coefficients);
                program.constraint(Double.NEGATIVE_INFINITY, quotas.get(q).max(), withRaised, minusLast);
            }
            double[] objective = new double[n + 2 * quotas.size()];
            for (int q = 0; q < quotas.size(); q++) {
                objective[lowered[q]] = 1;
                objective[raised[q]] = 1;
            }
            program.objective(objective, false);
            var solution = program.solve(solveLimitMillis);
            if (!solution.optimal()) {
                return Optional.empty();
            }
            var changes = new ArrayList<Change>();
            for (int q = 0; q < quotas.size(); q++) {
                int down = (int) Math.round(solution.values()[lowered[q]]);
                int up = (int) Math.round(solution.values()[raised[q]]);
                if (down > 0 || up > 0) {
                    var quota = quotas.get(q);
                    changes.add(new Change(q, quota, quota.min() - down, quota.max() + up));
                }
            }
            return Optional.of(changes);
        }
    }
}
