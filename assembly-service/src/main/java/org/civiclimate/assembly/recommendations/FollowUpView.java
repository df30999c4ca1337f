package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.assembly.recommendations.domain.FollowUpStatus;

/** One step of the commune's follow-up. */
record FollowUpView(
        UUID id,
        FollowUpStatus status,
        int progress,
        String note,
        LocalDate on,
        String department,
        OffsetDateTime recordedAt) {}
