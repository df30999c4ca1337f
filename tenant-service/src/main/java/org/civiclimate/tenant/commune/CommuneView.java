package org.civiclimate.tenant.commune;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.Provisioning;
import org.jspecify.annotations.Nullable;

/** A commune with where its onboarding stands, and its public details, as read for the API. */
public record CommuneView(
        Commune commune,
        Provisioning provisioning,
        @Nullable String failureReason,
        @Nullable String suspensionReason,
        Details details) {

    /**
     * What the public directory shows beyond the commune's identity.
     *
     * @param joinPolicy how citizens join ({@code OPEN}, {@code INVITATION_CODE}); null until its admins chose
     */
    public record Details(
            List<String> postalCodes,
            @Nullable String description,
            @Nullable String joinPolicy,
            OffsetDateTime createdAt) {

        static final Details NONE =
                new Details(List.of(), null, null, OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    /** A view without details (as tests build one). */
    public CommuneView(
            Commune commune,
            Provisioning provisioning,
            @Nullable String failureReason,
            @Nullable String suspensionReason) {
        this(commune, provisioning, failureReason, suspensionReason, Details.NONE);
    }
}
