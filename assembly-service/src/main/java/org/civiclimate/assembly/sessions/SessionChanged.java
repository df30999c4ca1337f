package org.civiclimate.assembly.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.civiclimate.platform.events.CloudEventType;
import org.jspecify.annotations.Nullable;

/**
 * A session members were convened to changed what their convocation said, or was cancelled: what it now is, the
 * change's own id (tenant-service tells each person once per change), and everyone convened to it.
 */
@CloudEventType("session.changed")
record SessionChanged(
        UUID communeId,
        UUID assemblyId,
        UUID sessionId,
        UUID changeId,
        String title,
        SessionKind kind,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String zone,
        @Nullable String place,
        @Nullable String onlineLink,
        boolean cancelled,
        List<String> userIds) {}
