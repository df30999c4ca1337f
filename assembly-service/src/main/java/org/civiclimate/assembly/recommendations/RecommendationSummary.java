package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.Decision;
import org.civiclimate.assembly.recommendations.domain.FollowUpStatus;
import org.civiclimate.assembly.recommendations.domain.RecommendationStatus;
import org.jspecify.annotations.Nullable;

/** A recommendation in the assembly's list: where it stands, from draft to follow-up, and whether its answer is late. */
record RecommendationSummary(
        UUID id,
        String topic,
        String title,
        RecommendationStatus status,
        int version,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime voteClosedAt,
        @Nullable LocalDate responseDueOn,
        @Nullable Decision decision,
        @Nullable FollowUpStatus followUpStatus,
        @Nullable Integer progress,
        boolean overdue) {}
