package org.civiclimate.tenant.membership;

import java.util.List;
import org.civiclimate.tenant.membership.domain.JoinPolicy;
import org.jspecify.annotations.Nullable;

/** A commune's public card: enough to find it, know what it runs and how to join it. */
record PublicCommune(
        String slug,
        String name,
        String country,
        List<String> languages,
        List<String> postalCodes,
        @Nullable String description,
        String status,
        JoinPolicy joinPolicy,
        Spaces spaces) {

    /** Which of the commune's spaces are set up: its citizens' assembly, its climate plan. */
    record Spaces(boolean assembly, boolean plan) {}
}
