package org.civiclimate.tenant.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the notifications read of assembly-service's {@code seat.offered}: the offer and the key its link carries (for
 * a refusal by link), the address it went to, the assembly, and the deadline (shown in {@code zone}, the commune's).
 */
record SeatOffered(
        UUID communeId,
        UUID assemblyId,
        UUID drawId,
        UUID offerId,
        String key,
        String email,
        String assemblyTitle,
        OffsetDateTime deadline,
        String zone,
        boolean fromReserves) {}
