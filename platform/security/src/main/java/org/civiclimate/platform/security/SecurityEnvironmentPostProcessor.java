package org.civiclimate.platform.security;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** By default an application accepts tokens whose audience names it: {@code aud} contains its application name. */
class SecurityEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "civiclimateSecurityDefaults",
                        Map.of("civiclimate.security.audiences", "${spring.application.name}")));
    }
}
