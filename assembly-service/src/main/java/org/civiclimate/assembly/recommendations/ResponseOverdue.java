package org.civiclimate.assembly.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;

/** An adopted recommendation was not answered by its due day: announced once, to its staff and followers. */
@CloudEventType("response.overdue")
record ResponseOverdue(
        UUID communeId,
        UUID assemblyId,
        UUID recommendationId,
        String title,
        LocalDate responseDueOn,
        List<String> followerIds) {}
