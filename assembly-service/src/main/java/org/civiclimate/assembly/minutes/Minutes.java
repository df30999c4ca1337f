package org.civiclimate.assembly.minutes;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A session's minutes, as drafted or published. */
record Minutes(
        int version,
        String text,
        Status status,
        OffsetDateTime writtenAt,
        @Nullable OffsetDateTime publishedAt) {

    enum Status {
        DRAFT,
        PUBLISHED
    }
}
