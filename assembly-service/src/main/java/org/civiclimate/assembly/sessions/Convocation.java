package org.civiclimate.assembly.sessions;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.civiclimate.assembly.sessions.domain.ConvocationResponse;
import org.jspecify.annotations.Nullable;

/** A member convened to a session and their answer (staff see everyone's, a member their own). */
record Convocation(
        UUID sessionId,
        String userId,
        String name,
        UUID mandateId,
        OffsetDateTime convenedAt,
        ConvocationResponse response,
        @Nullable OffsetDateTime respondedAt,
        @Nullable String note) {}
