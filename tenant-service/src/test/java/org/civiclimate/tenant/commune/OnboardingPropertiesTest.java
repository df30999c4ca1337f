package org.civiclimate.tenant.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OnboardingPropertiesTest {

    @Test
    void asksForAnOperatorsApprovalUnlessToldOtherwise() {
        var defaults = bind(Map.of());

        assertThat(defaults.requireApproval()).isTrue();
        assertThat(defaults.maxOpenRequests()).isEqualTo(3);
        assertThat(defaults.acknowledgementTimeout()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void letsDevelopmentSwitchApprovalOffExplicitly() {
        var devstack = bind(Map.of(
                "civiclimate.onboarding.require-approval", "false",
                "civiclimate.onboarding.acknowledgement-timeout", "5s"));

        assertThat(devstack.requireApproval()).isFalse();
        assertThat(devstack.acknowledgementTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    private static OnboardingProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("civiclimate.onboarding", OnboardingProperties.class);
    }
}
