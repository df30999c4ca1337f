package org.civiclimate.tenant.commune;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Onboarding settings, under {@code civiclimate.onboarding}.
 *
 * @param requireApproval whether a platform operator approves each new commune before it is provisioned
 * @param maxAttempts attempts at the commune's Keycloak Organization before the commune fails
 * @param lease how long one instance holds a commune it is provisioning before another may take it over
 */
@ConfigurationProperties("civiclimate.onboarding")
public record OnboardingProperties(
        @DefaultValue("false") boolean requireApproval,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("60s") Duration lease) {}
