package org.civiclimate.tenant.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the notifications read of assembly-service's {@code follow-up.updated}: a step of the follow-up of an answered
 * recommendation ({@code status}: PLANNED, IN_PROGRESS, STALLED or DONE; {@code progress} in percent), and who follows
 * it.
 */
record FollowUpUpdated(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        UUID followUpId,
        String status,
        int progress,
        String note,
        LocalDate on,
        String department,
        String title,
        List<String> followerIds) {}
