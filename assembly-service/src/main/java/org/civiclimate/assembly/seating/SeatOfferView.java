package org.civiclimate.assembly.seating;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A seat offer as staff follow it: to whom (pseudonym, name, address, values), whether a reserve and whose refusal
 * called them, where it stands, the mandate an acceptance started, and whether that member has since withdrawn (and may
 * be replaced).
 */
record SeatOfferView(
        UUID id,
        String pseudonym,
        @Nullable String name,
        @Nullable String email,
        Map<String, String> features,
        boolean fromReserves,
        @Nullable UUID replaces,
        SeatOfferStatus status,
        OffsetDateTime offeredAt,
        OffsetDateTime deadline,
        @Nullable OffsetDateTime answeredAt,
        @Nullable UUID mandateId,
        boolean withdrawn) {}
