package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** An assembly adopted a recommendation by vote: its text as adopted, its score and when the commune must answer. */
@CloudEventType("recommendation.adopted")
record RecommendationAdopted(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        String topic,
        String title,
        String body,
        int version,
        int votesFor,
        int votesAgainst,
        int abstentions,
        OffsetDateTime adoptedAt,
        LocalDate responseDueOn) {}
