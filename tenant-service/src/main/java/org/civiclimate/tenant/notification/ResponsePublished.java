package org.civiclimate.tenant.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the notifications read of assembly-service's {@code response.published}: the commune's answer to an adopted
 * recommendation ({@code decision}: ACCEPTED, PARTIALLY_ACCEPTED or REJECTED), and who follows it.
 */
record ResponsePublished(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        String decision,
        @Nullable String justification,
        OffsetDateTime publishedAt,
        boolean late,
        String title,
        List<String> followerIds) {}
