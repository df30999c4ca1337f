package org.civiclimate.tenant.commune;

import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.Provisioning;
import org.jspecify.annotations.Nullable;

/** A commune with where its onboarding stands, as read for the API. */
public record CommuneView(
        Commune commune,
        Provisioning provisioning,
        @Nullable String failureReason,
        @Nullable String suspensionReason) {}
