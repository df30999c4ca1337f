package org.civiclimate.assembly.seating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A drawn panel's seating: its settings, how many accepted and are still to answer, the reserves not yet called
 * (with an address), every offer in the order it went, and the replacements of members who withdrew.
 */
record SeatingView(
        UUID drawId,
        int answerWithinDays,
        @Nullable LocalDate startsOn,
        OffsetDateTime startedAt,
        int panelSize,
        int accepted,
        int waiting,
        int reservesLeft,
        List<SeatOfferView> offers,
        List<SeatReplacement> replacements) {}
