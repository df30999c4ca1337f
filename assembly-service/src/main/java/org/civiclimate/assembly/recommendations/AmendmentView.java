package org.civiclimate.assembly.recommendations;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An amendment and what became of it; {@code yours} when the caller proposed it. */
record AmendmentView(
        UUID id,
        int onVersion,
        String body,
        String rationale,
        String proposerName,
        boolean yours,
        OffsetDateTime proposedAt,
        Status status,
        @Nullable OffsetDateTime decidedAt,
        @Nullable String decisionNote) {

    enum Status {
        PROPOSED,
        INCORPORATED,
        DECLINED
    }
}
