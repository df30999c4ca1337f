package org.civiclimate.tenant.commune.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The onboarding saga of one commune: its Keycloak Organization, then every service's acknowledgement. A failed
 * attempt at the organization is retried with a growing delay; after {@code maxAttempts} the commune fails, with the
 * reason, until someone retries it.
 */
public record Provisioning(
        CommuneStatus status, @Nullable String organizationId, boolean assemblyReady, boolean planReady, int attempts) {

    public boolean needsOrganization() {
        return status == CommuneStatus.PROVISIONING && organizationId == null;
    }

    /** Every part exists: the commune can become active. */
    public boolean complete() {
        return status == CommuneStatus.PROVISIONING && organizationId != null && assemblyReady && planReady;
    }

    /** Whether the attempt that just failed was the last one allowed. */
    public boolean givesUpAfterFailure(int maxAttempts) {
        return attempts + 1 >= maxAttempts;
    }

    /** How long to wait before the next attempt: 1 s, 2 s, 4 s... up to five minutes. */
    public Duration delayAfterFailure() {
        long seconds = 1L << Math.min(attempts, 8);
        return Duration.ofSeconds(Math.min(seconds, 300));
    }
}
