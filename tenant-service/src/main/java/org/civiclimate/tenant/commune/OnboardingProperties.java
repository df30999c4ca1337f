package org.civiclimate.tenant.commune;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Onboarding settings, under {@code civiclimate.onboarding}.
 *
 * @param requireApproval whether a platform operator approves each new commune before it is provisioned (so that
 *     nobody claims another commune's official code unchecked); only development and tests switch it off
 * @param maxAttempts attempts at the commune's Keycloak Organization before the commune fails
 * @param lease how long one instance holds a commune it is provisioning before another may take it over
 * @param acknowledgementTimeout how long the services have to acknowledge an announced commune before it fails
 *     ({@code acknowledgement-timeout}, naming those that did not answer); a retry announces it again. Longer than
 *     the consumers' {@code civiclimate.events.consumer.retry-for} (15 min), so that an outage they outlast does not
 *     fail the commune
 * @param maxOpenRequests how many requests (awaiting approval or provisioning) one person may have at a time
 */
@ConfigurationProperties("civiclimate.onboarding")
public record OnboardingProperties(
        @DefaultValue("true") boolean requireApproval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("20m") Duration acknowledgementTimeout,
        @DefaultValue("3") int maxOpenRequests) {}
