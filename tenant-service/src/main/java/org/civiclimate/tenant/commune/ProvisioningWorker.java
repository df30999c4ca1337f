package org.civiclimate.tenant.commune;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves onboarding sagas on, on every instance: claims with a lease keep two instances off the same commune, row locks
 * off the same overdue acknowledgement.
 */
@Component
class ProvisioningWorker {

    private final OnboardingService onboarding;

    ProvisioningWorker(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    @Scheduled(fixedDelayString = "${civiclimate.onboarding.poll-interval:500ms}")
    void provisionDue() {
        onboarding.provisionDue();
    }

    @Scheduled(fixedDelayString = "${civiclimate.onboarding.acknowledgement-check-interval:30s}")
    void timeOutUnacknowledged() {
        onboarding.timeOutUnacknowledged();
    }
}
