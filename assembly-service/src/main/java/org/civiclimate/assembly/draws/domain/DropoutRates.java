package org.civiclimate.assembly.draws.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dropout rate of each quota value, from the people the commune's earlier draws offered a seat ("Alternates,
 * Assemble!", EC 2025): the share of them who refused it, let it lapse or withdrew later. A value seen on few offers
 * is shrunk toward the overall share by {@value #PRIOR_OFFERS} offers, so that two refusals do not swing the reserves;
 * with fewer than {@value #MIN_OFFERS} offers in all, or no dropout at all, there are no rates (the reserves then
 * mirror the panel).
 */
public final class DropoutRates {

    public static final int MIN_OFFERS = 20;
    public static final int PRIOR_OFFERS = 10;

    /** A person offered a seat by an earlier draw: their values, and whether they dropped out. */
    public record Offer(Map<String, String> features, boolean droppedOut) {}

    /** A quota value's offers and dropouts, and the rate the reserves are chosen for. */
    public record Observed(String feature, String value, int offers, int dropouts, double rate) {}

    private DropoutRates() {}

    /** Each quota's observed dropouts and rate, in {@link Quotas#list()} order; empty without enough history. */
    public static Optional<List<Observed>> estimate(Quotas quotas, List<Offer> offers) {
        int dropouts = (int) offers.stream().filter(Offer::droppedOut).count();
        if (offers.size() < MIN_OFFERS || dropouts == 0) {
            return Optional.empty();
        }
        double overall = (double) dropouts / offers.size();
        var observed = new ArrayList<Observed>();
        for (var quota : quotas.list()) {
            int seen = 0;
            int left = 0;
            for (var offer : offers) {
                if (quota.value().equals(offer.features().get(quota.feature()))) {
                    seen++;
                    left += offer.droppedOut() ? 1 : 0;
                }
            }
            double rate = (left + PRIOR_OFFERS * overall) / (seen + PRIOR_OFFERS);
            observed.add(new Observed(quota.feature(), quota.value(), seen, left, rate));
        }
        return Optional.of(List.copyOf(observed));
    }

    /** The rates alone, as {@link Sortition.Request#dropoutRates()} takes them. */
    public static double[] rates(List<Observed> observed) {
        return observed.stream().mapToDouble(Observed::rate).toArray();
    }
}
