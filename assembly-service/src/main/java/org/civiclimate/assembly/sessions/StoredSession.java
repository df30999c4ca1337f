package org.civiclimate.assembly.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.jspecify.annotations.Nullable;

/** A session as stored, before the view adds its guests, answers and the commune's offset. */
record StoredSession(
        UUID id,
        UUID assemblyId,
        SessionKind kind,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int halfDays,
        @Nullable String place,
        @Nullable String onlineLink,
        List<String> agenda,
        boolean cancelled) {}
