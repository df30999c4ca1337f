package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.FollowUpStatus;
import org.civiclimate.platform.events.CloudEventType;

/** The commune's follow-up of an answered recommendation moved: each update once, {@code followUpId} naming it. */
@CloudEventType("follow-up.updated")
record FollowUpUpdated(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        String title,
        UUID followUpId,
        FollowUpStatus status,
        int progress,
        String note,
        LocalDate on,
        String department,
        List<String> followerIds) {}
