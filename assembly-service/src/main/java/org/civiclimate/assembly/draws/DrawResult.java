package org.civiclimate.assembly.draws;

import java.util.List;
import java.util.Map;
import org.civiclimate.assembly.draws.domain.DropoutCheck;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.jspecify.annotations.Nullable;

/**
 * A completed draw for staff: who was selected and the reserves in calling order (with their contact), a row per
 * quota value (its bounds, its holders in the pool, the seats and reserves they took, their mean selection
 * probability under the draw's algorithm and under legacy, the dropout rate its reserves were chosen for), the distribution's extremes, the dropout checks, and each
 * profile's chance under both (every volunteer of a profile has it).
 */
record DrawResult(
        Sortition.Algorithm algorithm,
        List<DrawnPerson> selected,
        List<DrawnPerson> reserves,
        List<QuotaRow> quotas,
        double minimum,
        double maximum,
        @Nullable Double legacyMinimum,
        @Nullable Double legacyMaximum,
        int legacyRuns,
        List<DropoutCheck.Resilience> dropout,
        List<Sortition.Profile> profiles,
        String poolHash) {

    record DrawnPerson(
            String pseudonym,
            @Nullable String name,
            @Nullable String email,
            Map<String, String> features) {}

    record QuotaRow(
            String feature,
            String value,
            int min,
            int max,
            int pool,
            int seats,
            int reserves,
            double probability,
            @Nullable Double legacyProbability,
            @Nullable Double dropoutRate) {}
}
