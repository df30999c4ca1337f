package org.civiclimate.assembly.seating;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;
import org.jspecify.annotations.Nullable;

/** A seat is offered to a drawn volunteer or a reserve: tenant-service mails them the offer's link, once. */
@CloudEventType("seat.offered")
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
