package org.civiclimate.assembly.draws;

import java.util.List;
import org.civiclimate.assembly.draws.domain.DropoutCheck;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.jspecify.annotations.Nullable;

/**
 * What a completed draw tells staff beside its public record: how representative the panel stays at 10 % and 20 %
 * dropout with its reserves, legacy's estimated probabilities on the same pool, for comparison, and each profile's
 * chance under both (null for draws completed before profiles were kept), and the dropout rate per quota value the
 * reserves were chosen for, as the commune's earlier draws showed them (null: too little history, the reserves mirror
 * the panel).
 */
record DrawOutcome(
        List<DropoutCheck.Resilience> dropout,
        @Nullable LegacyComparison legacy,
        @Nullable List<Sortition.Profile> profiles,
        double @Nullable [] dropoutRates) {

    /** Legacy's smallest and largest frequency and each quota value's mean, over {@code runs} seeded panels. */
    record LegacyComparison(int runs, double minimum, double maximum, double[] valueFrequencies) {}
}
