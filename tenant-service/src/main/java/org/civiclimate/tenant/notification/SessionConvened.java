package org.civiclimate.tenant.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the notifications read of assembly-service's {@code session.convened}: the session, as its convocation states
 * it (times with the offset of {@code zone}, the commune's), and the people newly convened to it.
 */
record SessionConvened(
        UUID communeId,
        UUID assemblyId,
        UUID sessionId,
        String title,
        String kind,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String zone,
        @Nullable String place,
        @Nullable String onlineLink,
        List<String> userIds) {}
