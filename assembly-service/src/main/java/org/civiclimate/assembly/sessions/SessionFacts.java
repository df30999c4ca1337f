package org.civiclimate.assembly.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the other features need of a session: which assembly, when (and the commune's day of it), its length, whether
 * cancelled, and whether it is a vote or a follow-up review (where recommendations are voted and assessed).
 */
public record SessionFacts(
        UUID id,
        UUID assemblyId,
        OffsetDateTime startsAt,
        LocalDate day,
        int halfDays,
        boolean cancelled,
        boolean forVoting,
        boolean forReview) {

    /** Whether the session has begun at {@code now} and is not cancelled. */
    public boolean isUnderWayOrHeld(Instant now) {
        return !cancelled && !startsAt.toInstant().isAfter(now);
    }
}
