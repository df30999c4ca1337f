package org.civiclimate.assembly.seating;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/**
 * A seat is offered to a drawn volunteer or a reserve: tenant-service mails them the offer's link, once, with the key
 * that lets them refuse it by that link (staff never see the key: a refusal recorded by staff is theirs, by name).
 */
@CloudEventType("seat.offered")
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
