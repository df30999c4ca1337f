package org.civiclimate.assembly.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.civiclimate.platform.events.CloudEventType;
import org.jspecify.annotations.Nullable;

/** Members were newly convened to a session: what their convocation says (tenant-service mails it). */
@CloudEventType("session.convened")
record SessionConvened(
        UUID communeId,
        UUID assemblyId,
        UUID sessionId,
        String title,
        SessionKind kind,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String zone,
        @Nullable String place,
        @Nullable String onlineLink,
        List<String> userIds) {}
