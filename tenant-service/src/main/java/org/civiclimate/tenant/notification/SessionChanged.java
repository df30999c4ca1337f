package org.civiclimate.tenant.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the notifications read of assembly-service's {@code session.changed}: a session people were convened to, as it
 * now is (times with the offset of {@code zone}, the commune's) or cancelled, the change's id, and who was convened.
 */
record SessionChanged(
        UUID communeId,
        UUID assemblyId,
        UUID sessionId,
        UUID changeId,
        String title,
        String kind,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String zone,
        @Nullable String place,
        @Nullable String onlineLink,
        boolean cancelled,
        List<String> userIds) {}
