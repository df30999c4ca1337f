package org.civiclimate.tenant.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the notifications read of assembly-service's {@code response.overdue}: the commune did not answer the adopted
 * recommendation by {@code responseDueOn}; who follows it.
 */
record ResponseOverdue(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        String title,
        LocalDate responseDueOn,
        List<String> followerIds) {}
