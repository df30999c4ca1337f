package org.civiclimate.platform.web;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every application of the platform shares, as the lowest-priority property source, so no service repeats
 * them: probes, metrics and parked events exposed (on the management port), JSON (ECS) log lines, no stack traces in
 * error responses.
 */
class WebEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "civiclimateWebDefaults",
                        Map.of(
                                "management.endpoints.web.exposure.include", "health,info,prometheus,parkedevents",
                                // Actuator listens on a management port that only the cluster reaches.
                                "management.endpoint.health.show-details", "always",
                                "management.endpoint.health.probes.enabled", "true",
                                "management.info.git.mode", "simple",
                                "logging.structured.format.console", "ecs",
                                "server.error.include-stacktrace", "never",
                                "server.error.include-message", "never",
                                "springdoc.api-docs.version", "openapi_3_1",
                                "springdoc.paths-to-exclude", "/error")));
    }
}
