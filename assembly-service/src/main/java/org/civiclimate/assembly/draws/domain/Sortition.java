package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole draw: checks the input, computes the chosen algorithm's distribution (or the smallest relaxation when no
 * panel keeps the quotas), draws the panel with the published seed, then the reserves the same way among the
 * others, with quotas that follow the expected dropouts; and says how representative the panel stays at 10 % and
 * 20 % dropout. Every random number comes from the seed, in this order: the panel's lottery, the reserves' lottery,
 * the reserves' calling order; so the record of a draw is enough to re-run it.
 */
public final class Sortition {

    public enum Algorithm {
        LEXIMIN,
        GOLDILOCKS,
        LEGACY
    }

    /**
     * @param seedSource where the seed was announced before the draw
     * @param dropoutRates each quota value's dropout rate ({@link Quotas#list()} order), or empty for the same
     *     everywhere
     * @param legacyRuns how many legacy panels estimate legacy's probabilities beside the draw's (0: none; a legacy
     *     draw needs some, to publish its summary)
     */
    public record Request(
            Pool pool,
            Quotas quotas,
            int panelSize,
            int reserveCount,
            Algorithm algorithm,
            String seed,
            String seedSource,
            Optional<double[]> dropoutRates,
            int legacyRuns) {}

    public sealed interface Result {}

    /** The input itself is wrong: nothing was drawn. */
    public record Invalid(List<InputProblem> problems) implements Result {}

    /** No panel keeps the quotas; {@code changes} is the smallest relaxation that would let one, or empty if none. */
    public record Infeasible(Optional<List<Relaxation.Change>> changes) implements Result {}

    /** One lottery of a draw: panels as counts per type, their tickets, the ticket drawn and who it seated. */
    public record Drawing(
            List<List<String>> typeMembers, List<int[]> panels, long[] tickets, Lottery.Outcome outcome) {}

    /**
     * A completed draw.
     *
     * @param distribution the distribution the panel was drawn from, empty for legacy
     * @param panel the panel's lottery; for legacy, the seeded greedy run's panel in the outcome and no panels
     * @param reserves the reserves' lottery among the others, empty if none were asked for or left
     * @param reserveOrder the reserves in calling order
     * @param reserveQuotas the reserves' quotas, after any relaxation
     * @param legacy legacy's estimated frequencies on the same pool, for comparison
     */
    public record Drawn(
            VolunteerTypes types,
            Optional<Distribution> distribution,
            Drawing panel,
            Optional<Drawing> reserves,
            Quotas reserveQuotas,
            List<String> reserveOrder,
            List<DropoutCheck.Resilience> dropout,
            Optional<Legacy.Estimate> legacy)
            implements Result {

        /**
         * Each volunteer's selection probability, by profile (volunteers of the same values share it): under the
         * draw's algorithm (for legacy, its estimate), and under legacy when estimated beside it.
         */
        public List<Profile> profiles() {
            double[] chances = distribution
                    .map(Distribution::typeProbabilities)
                    .or(() -> legacy.map(estimate -> estimate.typeFrequencies(types)))
                    .orElseThrow();
            var legacyChances = legacy.map(estimate -> estimate.typeFrequencies(types));
            var profiles = new ArrayList<Profile>();
            for (int t = 0; t < types.size(); t++) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int q : types.quotaIndexes(t)) {
                    var quota = types.quotas().list().get(q);
                    values.put(quota.feature(), quota.value());
                }
                int type = t;
                profiles.add(new Profile(
                        values,
                        types.count(t),
                        chances[t],
                        legacyChances.map(frequencies -> frequencies[type]).orElse(null)));
            }
            return profiles;
        }
    }

    /** A profile of volunteers (their values), how many the pool has, and each one's chance. */
    public record Profile(
            Map<String, String> values,
            int volunteers,
            double probability,
            @Nullable Double legacyProbability) {}

    private static final double[] DROPOUT_RATES_SHOWN = {0.10, 0.20};
    private static final int DROPOUT_TRIALS = 2_000;
    static final int LEGACY_ATTEMPTS = 1_000;

    private final Leximin leximin;
    private final Goldilocks goldilocks;
    private final Relaxation relaxation;

    public Sortition(Optimizer optimizer, long solveLimitMillis) {
        this.leximin = new Leximin(optimizer, solveLimitMillis);
        this.goldilocks = new Goldilocks(optimizer, solveLimitMillis);
        this.relaxation = new Relaxation(optimizer, solveLimitMillis);
    }

    public Result run(Request request, DrawControl control) {
        var problems = request.pool().problemsWith(request.quotas(), request.panelSize());
        if (request.reserveCount() < 0) {
            problems = new ArrayList<>(problems);
            problems.add(new InputProblem(
                    "reserveCount",
                    InputProblem.Reason.PANEL_SIZE,
                    "a draw cannot have a negative number of reserves"));
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        var types = new VolunteerTypes(request.pool(), request.quotas());
        var random = new SeededRandom(request.seed());
        Optional<Distribution> distribution = Optional.empty();
        Drawing panel;
        if (request.algorithm() != Algorithm.LEGACY) {
            distribution = request.algorithm() == Algorithm.LEXIMIN
                    ? leximin.distribute(types, request.panelSize(), control)
                    : goldilocks.distribute(types, request.panelSize(), control);
            if (distribution.isEmpty()) {
                return new Infeasible(relaxation.smallest(types, request.panelSize()));
            }
            panel = drawFrom(types, distribution.get(), random);
        } else {
            var legacy = new Legacy(types, request.panelSize()).select(random, LEGACY_ATTEMPTS);
            if (legacy.isEmpty()) {
                return new Infeasible(relaxation.smallest(types, request.panelSize()));
            }
            var selected = legacy.get().stream().sorted().toList();
            panel = new Drawing(List.of(), List.of(), new long[0], new Lottery.Outcome(-1, -1, selected));
        }
        control.progress(0.97, "reserves");
        var selected = panel.outcome().selected();
        int[] seats = seatsOf(types, selected);
        double[] rates = request.dropoutRates().orElseGet(() -> {
            double[] same = new double[request.quotas().list().size()];
            Arrays.fill(same, 1);
            return same;
        });
        var taken = new HashSet<>(selected);
        var others = new Pool(request.pool().volunteers().stream()
                .filter(volunteer -> !taken.contains(volunteer.id()))
                .toList());
        int reserveCount = Math.min(request.reserveCount(), others.size());
        var reserveQuotas = Reserves.quotas(request.quotas(), seats, rates, reserveCount);
        Optional<Drawing> reserves = Optional.empty();
        List<String> reserveOrder = List.of();
        if (reserveCount > 0) {
            var otherTypes = new VolunteerTypes(others, reserveQuotas);
            // If even the relaxation finds nothing in time, the reserves keep their quotas as they are.
            var changes = relaxation.smallest(otherTypes, reserveCount).orElse(List.of());
            if (!changes.isEmpty()) {
                reserveQuotas = relaxed(reserveQuotas, changes);
                otherTypes = new VolunteerTypes(others, reserveQuotas);
            }
            var reserveDistribution =
                    leximin.distribute(otherTypes, reserveCount, control).orElseThrow();
            var drawing = drawFrom(otherTypes, reserveDistribution, random);
            reserves = Optional.of(drawing);
            reserveOrder = Lottery.shuffled(drawing.outcome().selected(), random);
        }
        var dropout = new ArrayList<DropoutCheck.Resilience>();
        var members = selected.stream().map(id -> indexesOf(types, id)).toList();
        var reserveIndexes =
                reserveOrder.stream().map(id -> indexesOf(types, id)).toList();
        for (double rate : DROPOUT_RATES_SHOWN) {
            dropout.add(DropoutCheck.simulate(
                    request.quotas(),
                    members,
                    reserveIndexes,
                    rate,
                    DROPOUT_TRIALS,
                    new SeededRandom(request.seed() + "/dropout/" + rate),
                    control));
        }
        Optional<Legacy.Estimate> legacy = Optional.empty();
        if (request.legacyRuns() > 0) {
            control.progress(0.99, "legacy comparison");
            try {
                legacy = Optional.of(new Legacy(types, request.panelSize())
                        .estimate(
                                request.legacyRuns(),
                                new SeededRandom(request.seed() + "/legacy-comparison"),
                                control));
            } catch (IllegalStateException e) {
                // Quotas so tight that legacy keeps running into dead ends: the comparison is left out, not the draw.
                if (request.algorithm() == Algorithm.LEGACY) {
                    throw e;
                }
            }
        }
        control.progress(1, "done");
        return new Drawn(types, distribution, panel, reserves, reserveQuotas, reserveOrder, dropout, legacy);
    }

    private static Drawing drawFrom(VolunteerTypes types, Distribution distribution, SeededRandom random) {
        var panels = distribution.panels().stream().map(Panel::counts).toList();
        long[] tickets = Lottery.tickets(distribution.probabilities());
        var members = new ArrayList<List<String>>();
        for (int t = 0; t < types.size(); t++) {
            members.add(types.members(t));
        }
        return new Drawing(members, panels, tickets, Lottery.draw(members, panels, tickets, random));
    }

    private static Quotas relaxed(Quotas quotas, List<Relaxation.Change> changes) {
        var list = new ArrayList<>(quotas.list());
        for (var change : changes) {
            var quota = list.get(change.quotaIndex());
            list.set(change.quotaIndex(), new Quota(quota.feature(), quota.value(), change.min(), change.max()));
        }
        return new Quotas(list);
    }

    /** The seats per quota that these volunteers take. */
    public static int[] seatsOf(VolunteerTypes types, List<String> volunteers) {
        int[] seats = new int[types.quotas().list().size()];
        for (var id : volunteers) {
            for (int index : indexesOf(types, id)) {
                seats[index]++;
            }
        }
        return seats;
    }

    private static int[] indexesOf(VolunteerTypes types, String id) {
        return types.quotaIndexes(types.typeOf(id));
    }
}
