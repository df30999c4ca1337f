package org.civiclimate.tenant.notification;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the notifications read of assembly-service's {@code seat.offered}: the offer, the address it went to, the
 * assembly, and the deadline (shown in {@code zone}, the commune's).
 */
record SeatOffered(
        UUID communeId,
        UUID assemblyId,
        UUID drawId,
        UUID offerId,
        String email,
        @Nullable String name,
        String assemblyTitle,
        OffsetDateTime deadline,
        String zone,
        boolean fromReserves) {}
