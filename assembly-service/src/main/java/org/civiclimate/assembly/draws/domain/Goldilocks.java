package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * The Goldilocks distribution (Baharav and Flanigan, "Fair, Manipulation-Robust, and Transparent Sortition", 2024):
 * the lottery that minimises {@code max(p) / (k/n) + gamma * (k/n) / min(p)}, so that nobody's chance is too low
 * (fairness) nor too high (what a volunteer could gain by misreporting their features is bounded by the largest
 * probability). Here {@code gamma = 1}, the paper's Goldilocks₁.
 *
 * <p>For a floor {@code l} on every probability, the smallest possible cap {@code u(l)} is a linear programme, solved
 * by column generation like LEXIMIN's; {@code u(l)} is convex and non-decreasing in {@code l}, {@code 1/l} convex,
 * so the objective is convex in {@code l} and a golden-section search between 0 and the maximin floor finds its
 * minimum.
 */
public final class Goldilocks {

    public static final double GAMMA = 1;
    private static final double TOLERANCE = 1e-7;
    /** The floor's search stops when its interval is this small a share of the maximin floor. */
    private static final double FLOOR_PRECISION = 1e-4;

    private static final double INVERSE_GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final Optimizer optimizer;
    private final Leximin leximin;
    private final long solveLimitMillis;

    public Goldilocks(Optimizer optimizer, long solveLimitMillis) {
        this.optimizer = optimizer;
        this.leximin = new Leximin(optimizer, solveLimitMillis);
        this.solveLimitMillis = solveLimitMillis;
    }

    /** The objective's value for a lottery whose probabilities lie between {@code floor} and {@code cap}. */
    public static double objective(double floor, double cap, int panelSize, int poolSize) {
        double fair = (double) panelSize / poolSize;
        return cap / fair + GAMMA * fair / floor;
    }

    /** The Goldilocks distribution, or empty if no panel of {@code panelSize} keeps the quotas. */
    public Optional<Distribution> distribute(VolunteerTypes types, int panelSize, DrawControl control) {
        try (var program = new PanelProgram(optimizer, types, panelSize, solveLimitMillis)) {
            SequencedSet<Panel> panels = new LinkedHashSet<>();
            if (!program.initialPanels(panels, new boolean[types.size()], control)) {
                return Optional.empty();
            }
            double maximin = leximin.maximin(program, types, panels, control);
            if (maximin <= TOLERANCE) {
                // Someone can never be seated: the floor is 0 whatever the lottery; keep the cap as low as can be.
                return Optional.of(distributionFor(types, program, panels, 0, control));
            }
            double low = maximin * FLOOR_PRECISION;
            double high = maximin * (1 - 1e-9);
            double a = high - INVERSE_GOLDEN * (high - low);
            double b = low + INVERSE_GOLDEN * (high - low);
            double fa = value(types, program, panels, a, panelSize, control);
            double fb = value(types, program, panels, b, panelSize, control);
            int step = 0;
            while (high - low > maximin * FLOOR_PRECISION) {
                control.progress(0.2 + 0.7 * Math.min(1, step++ / 30.0), "goldilocks");
                if (fa <= fb) {
                    high = b;
                    b = a;
                    fb = fa;
                    a = high - INVERSE_GOLDEN * (high - low);
                    fa = value(types, program, panels, a, panelSize, control);
                } else {
                    low = a;
                    a = b;
                    fa = fb;
                    b = low + INVERSE_GOLDEN * (high - low);
                    fb = value(types, program, panels, b, panelSize, control);
                }
            }
            double floor = fa <= fb ? a : b;
            control.progress(0.95, "distribution");
            return Optional.of(distributionFor(types, program, panels, floor, control));
        }
    }

    private double value(
            VolunteerTypes types,
            PanelProgram program,
            SequencedSet<Panel> panels,
            double floor,
            int panelSize,
            DrawControl control) {
        return objective(floor, smallestCap(types, program, panels, floor, control), panelSize, types.poolSize());
    }

    /**
     * The smallest cap on the probabilities of a lottery that gives everyone at least {@code floor}, by column
     * generation on the dual: maximise {@code mu + floor * sum(alpha)} subject to {@code sum(beta) = 1} and, for
     * every panel, {@code mu + sum_t count_t * (alpha_t - beta_t) / size_t <= 0}, alpha and beta non-negative.
     */
    private double smallestCap(
            VolunteerTypes types, PanelProgram program, SequencedSet<Panel> panels, double floor, DrawControl control) {
        int n = types.size();
        try (var dual = optimizer.linear()) {
            for (int t = 0; t < 2 * n; t++) {
                dual.variable(0, Double.POSITIVE_INFINITY);
            }
            int mu = dual.variable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            int[] betas = new int[n];
            double[] ones = new double[n];
            for (int t = 0; t < n; t++) {
                betas[t] = n + t;
                ones[t] = 1;
            }
            dual.constraint(1, 1, betas, ones);
            for (var panel : panels) {
                addPanel(dual, types, panel, mu);
            }
            double[] objective = new double[2 * n + 1];
            Arrays.fill(objective, 0, n, floor);
            objective[mu] = 1;
            dual.objective(objective, true);
            while (true) {
                control.checkpoint();
                var solution = dual.solve(solveLimitMillis);
                if (!solution.optimal()) {
                    throw new IllegalStateException("The Goldilocks dual has no optimum: " + solution.status());
                }
                double[] weights = new double[n];
                for (int t = 0; t < n; t++) {
                    weights[t] = (solution.values()[t] - solution.values()[n + t]) / types.count(t);
                }
                var heaviest = program.heaviest(weights).orElseThrow();
                double weight = solution.values()[mu];
                for (int t = 0; t < n; t++) {
                    weight += weights[t] * heaviest.count(t);
                }
                if (weight <= TOLERANCE || !panels.add(heaviest)) {
                    return solution.objective();
                }
                addPanel(dual, types, heaviest, mu);
            }
        }
    }

    private static void addPanel(Optimizer.Program dual, VolunteerTypes types, Panel panel, int mu) {
        int n = types.size();
        var variables = new ArrayList<Integer>();
        var coefficients = new ArrayList<Double>();
        for (int t = 0; t < n; t++) {
            if (panel.count(t) > 0) {
                double share = (double) panel.count(t) / types.count(t);
                variables.add(t);
                coefficients.add(share);
                variables.add(n + t);
                coefficients.add(-share);
            }
        }
        variables.add(mu);
        coefficients.add(1.0);
        dual.constraint(
                Double.NEGATIVE_INFINITY,
                0,
                variables.stream().mapToInt(Integer::intValue).toArray(),
                coefficients.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The lottery over the panels found that keeps every probability at least {@code floor} under the lowest cap. */
    private Distribution distributionFor(
            VolunteerTypes types, PanelProgram program, SequencedSet<Panel> panels, double floor, DrawControl control) {
        smallestCap(types, program, panels, floor, control);
        List<Panel> list = new ArrayList<>(panels);
        int n = types.size();
        try (var primal = Lotteries.overPanels(optimizer, list.size())) {
            int cap = primal.variable(0, 1);
            for (int t = 0; t < n; t++) {
                var row = Lotteries.typeProbability(types, list, t, cap, 0);
                // A hair under the floor, so that the solver's rounding cannot make the floor found infeasible.
                primal.constraint(floor * (1 - 1e-7), Double.POSITIVE_INFINITY, row.variables(), row.coefficients());
                var capped = Lotteries.typeProbability(types, list, t, cap, -1);
                primal.constraint(Double.NEGATIVE_INFINITY, 0, capped.variables(), capped.coefficients());
            }
            double[] objective = new double[list.size() + 1];
            objective[cap] = 1;
            primal.objective(objective, false);
            var solution = primal.solve(solveLimitMillis);
            if (!solution.optimal()) {
                throw new IllegalStateException("No Goldilocks distribution over the panels: " + solution.status());
            }
            return Lotteries.normalised(types, list, solution.values());
        }
    }
}
