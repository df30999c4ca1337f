package org.civiclimate.assembly.recommendations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.Decision;
import org.civiclimate.platform.events.CloudEventType;
import org.jspecify.annotations.Nullable;

/** The commune answered an adopted recommendation (once); {@code late} when after its due day. */
@CloudEventType("response.published")
record ResponsePublished(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        String title,
        Decision decision,
        @Nullable String justification,
        OffsetDateTime publishedAt,
        boolean late,
        List<String> followerIds) {}
