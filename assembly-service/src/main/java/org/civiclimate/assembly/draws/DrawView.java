package org.civiclimate.assembly.draws;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.jspecify.annotations.Nullable;

/** A draw as staff see it: its settings, quotas, pool size and run. */
public record DrawView(
        UUID id,
        UUID assemblyId,
        String title,
        int panelSize,
        int reserveCount,
        Sortition.Algorithm algorithm,
        String seed,
        String seedSource,
        int timeBudgetSeconds,
        DrawStatus status,
        double progress,
        @Nullable String stage,
        @Nullable String failure,
        List<Quota> quotas,
        int volunteers,
        int letters,
        int signUps,
        @Nullable OffsetDateTime signUpUntil,
        @Nullable DrawRegister register,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime startedAt,
        @Nullable OffsetDateTime finishedAt) {}
