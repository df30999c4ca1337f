package org.civiclimate.assembly.seating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the offer's link shows the person it went to, signed out: the assembly and its term, where the offer stands,
 * until when to answer, and the address (masked) to sign in with to accept it.
 */
record PublicSeatOffer(
        UUID id,
        UUID assemblyId,
        String assemblyName,
        int mandateMonths,
        SeatOfferStatus status,
        OffsetDateTime deadline,
        boolean lapsed,
        @Nullable LocalDate startsOn,
        String maskedEmail) {}
