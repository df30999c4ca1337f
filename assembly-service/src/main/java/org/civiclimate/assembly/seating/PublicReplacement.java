package org.civiclimate.assembly.seating;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A replacement as anyone sees it on the draw's audit: pseudonyms only, no offer id (an offer's page, open to whoever
 * has its id, shows its address masked), nobody's name.
 */
record PublicReplacement(
        String withdrawn,
        @Nullable String reserve,
        @Nullable Integer brokenSeats,
        OffsetDateTime requestedAt) {}
