package org.civiclimate.assembly.draws;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer of a draw's pool as staff see it: pseudonym, contact, household, values, and the letter they signed up
 * with (none if imported).
 */
record PoolVolunteer(
        String pseudonym,
        @Nullable String name,
        @Nullable String email,
        @Nullable String household,
        Map<String, String> features,
        @Nullable Integer letter) {}
