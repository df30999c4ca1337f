package org.civiclimate.assembly.sessions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What attendance needs of a session: which assembly, when (and the commune's day of it), its length, whether held. */
public record SessionFacts(
        UUID id, UUID assemblyId, OffsetDateTime startsAt, LocalDate day, int halfDays, boolean cancelled) {}
