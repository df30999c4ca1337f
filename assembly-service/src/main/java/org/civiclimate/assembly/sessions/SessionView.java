package org.civiclimate.assembly.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.civiclimate.assembly.sessions.domain.ConvocationResponse;
import org.civiclimate.assembly.sessions.domain.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * A session as the API shows it: times with the commune's offset and its zone; how many were convened and answered;
 * the caller's own convocation, when they have one.
 */
record SessionView(
        UUID id,
        UUID assemblyId,
        SessionKind kind,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String zone,
        int halfDays,
        @Nullable String place,
        @Nullable String onlineLink,
        List<String> agenda,
        List<Guest> guests,
        Status status,
        Responses convocations,
        @Nullable ConvocationResponse myResponse) {

    enum Status {
        PLANNED,
        CANCELLED
    }

    /** How many members were convened, and how many confirmed or excused themselves. */
    record Responses(int convened, int confirmed, int excused) {}
}
