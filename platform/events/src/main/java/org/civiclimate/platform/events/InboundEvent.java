package org.civiclimate.platform.events;

import java.time.OffsetDateTime;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jspecify.annotations.Nullable;

/** What a consumer may want to know about an event besides its data. */
public record InboundEvent(
        String id,
        String source,
        String type,
        int version,
        CommuneId commune,
        @Nullable OffsetDateTime time,
        @Nullable String requestId) {}
