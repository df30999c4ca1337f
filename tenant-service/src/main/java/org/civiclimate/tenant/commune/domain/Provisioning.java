package org.civiclimate.tenant.commune.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The onboarding saga of one commune: its Keycloak Organization, then every service's acknowledgement. A failed
 * attempt at the organization is retried with a growing delay; after {@code maxAttempts} the commune fails, with the
 * reason, until someone retries it. A service that does not acknowledge the announced commune in time fails it too
 * ({@link #acknowledgementTimeout}); a retry announces it again.
 */
public record Provisioning(
        CommuneStatus status, @Nullable String organizationId, boolean assemblyReady, boolean planReady, int attempts) {

    /** How a failure reason starts when a service never acknowledged the commune. */
    public static final String ACKNOWLEDGEMENT_TIMEOUT = "acknowledgement-timeout";

    public boolean needsOrganization() {
        return status == CommuneStatus.PROVISIONING && organizationId == null;
    }

    /** Every part exists: the commune can become active. */
    public boolean complete() {
        return status == CommuneStatus.PROVISIONING && organizationId != null && assemblyReady && planReady;
    }

    /** Announced, and waiting for at least one service's acknowledgement. */
    public boolean awaitsAcknowledgement() {
        return status == CommuneStatus.PROVISIONING && organizationId != null && !(assemblyReady && planReady);
    }

    /** The services that have not acknowledged the commune yet. */
    public List<String> unacknowledgedBy() {
        var missing = new ArrayList<String>();
        if (!assemblyReady) {
            missing.add("assembly-service");
        }
        if (!planReady) {
            missing.add("plan-service");
        }
        return List.copyOf(missing);
    }

    /**
     * The failure reason when the acknowledgements did not all come in time: {@code acknowledgement-timeout}, then
     * the services that did not answer, e.g. {@code acknowledgement-timeout: plan-service did not answer within PT10M}.
     */
    public String acknowledgementTimeout(Duration timeout) {
        return ACKNOWLEDGEMENT_TIMEOUT + ": " + String.join(", ", unacknowledgedBy()) + " did not answer within "
                + timeout;
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
