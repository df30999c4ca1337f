package org.civiclimate.assembly.assemblies.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's seat in an assembly, from start to end (DOMAIN.md: membership / mandate). */
public record Mandate(
        UUID id,
        UUID assemblyId,
        String userId,
        String name,
        int seat,
        int cohort,
        LocalDate startsOn,
        LocalDate endsOn,
        MandateStatus status,
        ChosenBy chosenBy,
        @Nullable LocalDate endedOn,
        @Nullable String endReason) {}
