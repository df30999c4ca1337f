package org.civiclimate.assembly.draws;

import java.util.UUID;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.platform.events.CloudEventType;

/** A draw completed and its public record is published: figures only, nothing personal. */
@CloudEventType("draw.completed")
record DrawCompleted(
        UUID communeId,
        UUID assemblyId,
        UUID drawId,
        Sortition.Algorithm algorithm,
        int poolSize,
        int panelSize,
        int reserveCount,
        double minimumProbability,
        double maximumProbability) {}
