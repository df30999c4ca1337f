package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * The LEXIMIN distribution (Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair algorithms for selecting citizens'
 * assemblies", Nature 596, 2021): among all lotteries over quota-keeping panels, the one that maximises the smallest
 * selection probability, then the next smallest, and so on.
 *
 * <p>By column generation, as in the paper's algorithm: the dual of "maximise the smallest unfixed probability"
 * puts a weight on each volunteer; the heaviest panel under those weights (an integer programme) is either a panel
 * the restricted dual has not seen yet, which joins it, or proof that the restricted dual is optimal, and then every
 * volunteer with weight gets their probability fixed at the optimum. When all are fixed, a last linear programme
 * finds probabilities for the panels seen that give everyone their fixed probability. Here the volunteers are
 * grouped by {@link VolunteerTypes type}, which changes no probability and keeps the programmes small.
 */
public final class Leximin {

    /** Weight a panel may exceed the dual's cap by and still count as not violating it: the probabilities' precision. */
    static final double TOLERANCE = 1e-6;
    /** Below this total weight a type's dual weight is solver noise, not a tight constraint. */
    private static final double WEIGHT_NOISE = 1e-7;

    private static final double RELAX_STEP = 1e-5;

    private final Optimizer optimizer;
    private final long solveLimitMillis;

    /** {@code solveLimitMillis} bounds each programme's solve; the selection's budget is the control's business. */
    public Leximin(Optimizer optimizer, long solveLimitMillis) {
        this.optimizer = optimizer;
        this.solveLimitMillis = solveLimitMillis;
    }

    /** The LEXIMIN distribution, or empty if no panel of {@code panelSize} keeps the quotas. */
    public Optional<Distribution> distribute(VolunteerTypes types, int panelSize, DrawControl control) {
        int n = types.size();
        try (var program = new PanelProgram(optimizer, types, panelSize, solveLimitMillis)) {
            SequencedSet<Panel> panels = new LinkedHashSet<>();
            boolean[] coverable = new boolean[n];
            if (!program.initialPanels(panels, coverable, control)) {
                return Optional.empty();
            }
            double[] fixed = new double[n];
            boolean[] isFixed = new boolean[n];
            int fixedCount = 0;
            for (int t = 0; t < n; t++) {
                // A type no panel can seat has probability 0, whatever the lottery.
                if (!coverable[t]) {
                    isFixed[t] = true;
                    fixedCount++;
                }
            }
            while (fixedCount < n) {
                control.progress(0.1 + 0.85 * fixedVolunteers(types, isFixed) / types.poolSize(), "leximin");
                fixedCount += fixNext(program, types, panels, fixed, isFixed, control);
            }
            control.progress(0.95, "distribution");
            return Optional.of(distributionOver(types, new ArrayList<>(panels), fixed));
        }
    }

    /**
     * Maximises the smallest unfixed probability given the fixed ones, adding panels until none violates the dual,
     * then fixes the types whose constraint is tight. Returns how many types it fixed (at least one).
     */
    /**
     * The largest smallest probability any lottery gives (the first step of LEXIMIN, "maximin"), adding to
     * {@code panels} the panels it needed.
     */
    double maximin(PanelProgram program, VolunteerTypes types, SequencedSet<Panel> panels, DrawControl control) {
        double[] fixed = new double[types.size()];
        boolean[] isFixed = new boolean[types.size()];
        fixNext(program, types, panels, fixed, isFixed, control);
        for (int t = 0; t < isFixed.length; t++) {
            if (isFixed[t]) {
                return fixed[t];
            }
        }
        throw new IllegalStateException("A LEXIMIN round fixed no type");
    }

    private int fixNext(
            PanelProgram program,
            VolunteerTypes types,
            SequencedSet<Panel> panels,
            double[] fixed,
            boolean[] isFixed,
            DrawControl control) {
        int n = types.size();
        try (var dual = optimizer.linear()) {
            // Variables 0..n-1: the weight of each volunteer of a type; n: the cap, the most a panel may weigh.
            for (int t = 0; t < n; t++) {
                dual.variable(0, Double.POSITIVE_INFINITY);
            }
            int cap = dual.variable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            var unfixed = new ArrayList<Integer>();
            for (int t = 0; t < n; t++) {
                if (!isFixed[t]) {
                    unfixed.add(t);
                }
            }
            dual.constraint(
                    1,
                    1,
                    unfixed.stream().mapToInt(Integer::intValue).toArray(),
                    unfixed.stream().mapToDouble(types::count).toArray());
            for (var panel : panels) {
                addPanel(dual, panel, cap);
            }
            int relaxations = 0;
            while (true) {
                control.checkpoint();
                double[] objective = new double[n + 1];
                objective[cap] = 1;
                for (int t = 0; t < n; t++) {
                    if (isFixed[t]) {
                        objective[t] = -fixed[t] * types.count(t);
                    }
                }
                dual.objective(objective, false);
                var solution = dual.solve(solveLimitMillis);
                if (!solution.optimal()) {
                    // Fixed probabilities a rounding too high can make the programme infeasible: lower them a hair.
                    if (++relaxations > 100) {
                        throw new IllegalStateException("The LEXIMIN dual has no optimum: " + solution.status());
                    }
                    for (int t = 0; t < n; t++) {
                        fixed[t] = Math.max(0, fixed[t] - RELAX_STEP);
                    }
                    continue;
                }
                double[] weights = java.util.Arrays.copyOf(solution.values(), n);
                var heaviest = program.heaviest(weights).orElseThrow();
                double weight = 0;
                for (int t = 0; t < n; t++) {
                    weight += weights[t] * heaviest.count(t);
                }
                if (weight <= solution.values()[cap] + TOLERANCE || !panels.add(heaviest)) {
                    return fix(types, weights, Math.clamp(solution.objective(), 0, 1), fixed, isFixed);
                }
                addPanel(dual, heaviest, cap);
            }
        }
    }

    private static int fix(VolunteerTypes types, double[] weights, double value, double[] fixed, boolean[] isFixed) {
        int count = 0;
        int heaviest = -1;
        for (int t = 0; t < weights.length; t++) {
            if (isFixed[t]) {
                continue;
            }
            if (heaviest < 0 || weights[t] * types.count(t) > weights[heaviest] * types.count(heaviest)) {
                heaviest = t;
            }
            if (weights[t] * types.count(t) > WEIGHT_NOISE) {
                fixed[t] = value;
                isFixed[t] = true;
                count++;
            }
        }
        if (count == 0) {
            fixed[heaviest] = value;
            isFixed[heaviest] = true;
            count = 1;
        }
        return count;
    }

    private static void addPanel(Optimizer.Program dual, Panel panel, int cap) {
        var variables = new ArrayList<Integer>();
        var coefficients = new ArrayList<Double>();
        for (int t = 0; t < cap; t++) {
            if (panel.count(t) > 0) {
                variables.add(t);
                coefficients.add((double) panel.count(t));
            }
        }
        variables.add(cap);
        coefficients.add(-1.0);
        dual.constraint(
                Double.NEGATIVE_INFINITY,
                0,
                variables.stream().mapToInt(Integer::intValue).toArray(),
                coefficients.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Probabilities for the panels that give each type at least its fixed probability, as nearly as can be. */
    private Distribution distributionOver(VolunteerTypes types, List<Panel> panels, double[] fixed) {
        int n = types.size();
        try (var primal = Lotteries.overPanels(optimizer, panels.size())) {
            int shortfall = primal.variable(0, Double.POSITIVE_INFINITY);
            for (int t = 0; t < n; t++) {
                var row = Lotteries.typeProbability(types, panels, t, shortfall, 1);
                primal.constraint(fixed[t], Double.POSITIVE_INFINITY, row.variables(), row.coefficients());
            }
            double[] objective = new double[panels.size() + 1];
            objective[shortfall] = 1;
            primal.objective(objective, false);
            var solution = primal.solve(solveLimitMillis);
            if (!solution.optimal()) {
                throw new IllegalStateException("No distribution over the LEXIMIN panels: " + solution.status());
            }
            return Lotteries.normalised(types, panels, solution.values());
        }
    }

    private static int fixedVolunteers(VolunteerTypes types, boolean[] isFixed) {
        int count = 0;
        for (int t = 0; t < isFixed.length; t++) {
            count += isFixed[t] ? types.count(t) : 0;
        }
        return count;
    }
}
