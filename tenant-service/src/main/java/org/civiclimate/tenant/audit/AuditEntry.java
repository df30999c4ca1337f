package org.civiclimate.tenant.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One recorded action; the actor's name is shown while the platform still knows it. */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String actorId,
        @Nullable String actorName,
        AuditAction action,
        Map<String, String> detail) {}
