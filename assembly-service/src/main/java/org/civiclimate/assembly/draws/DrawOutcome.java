package org.civiclimate.assembly.draws;

import java.util.List;
import org.civiclimate.assembly.draws.domain.DropoutCheck;
import org.jspecify.annotations.Nullable;

/**
 * What a completed draw tells staff beside its public record: how representative the panel stays at 10 % and 20 %
 * dropout with its reserves, and legacy's estimated probabilities on the same pool, for comparison.
 */
record DrawOutcome(
        List<DropoutCheck.Resilience> dropout, @Nullable LegacyComparison legacy) {

    /** Legacy's smallest and largest frequency and each quota value's mean, over {@code runs} seeded panels. */
    record LegacyComparison(int runs, double minimum, double maximum, double[] valueFrequencies) {}
}
