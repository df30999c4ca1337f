package org.civiclimate.assembly.seating;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A replacement's audit record: the member who withdrew (their offer and pseudonym), the reserve called (none if none
 * was left), how many seats the quotas are off by with them (0: every quota kept), who asked and when.
 */
record SeatReplacement(
        UUID withdrawnOffer,
        String withdrawn,
        @Nullable UUID reserveOffer,
        @Nullable String reserve,
        @Nullable Integer brokenSeats,
        @Nullable String requestedBy,
        OffsetDateTime requestedAt) {}
