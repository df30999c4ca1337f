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
                        Map.ofEntries(
                                Map.entry(
                                        "management.endpoints.web.exposure.include",
                                        "health,info,prometheus,parkedevents"),
                                // Actuator listens on a management port that only the cluster reaches.
                                Map.entry("management.endpoint.health.show-details", "always"),
                                Map.entry("management.endpoint.health.probes.enabled", "true"),
                                Map.entry("management.info.git.mode", "simple"),
                                Map.entry("logging.structured.format.console", "ecs"),
                                // No service takes uploads or forms: nothing may read a body past the size limit.
                                Map.entry("spring.servlet.multipart.enabled", "false"),
                                Map.entry("server.tomcat.max-http-form-post-size", "1MB"),
                                // After refusing a body past the limit, read on (and discard) this much before closing,
                                // so that a client still sending reads the 413 rather than a connection reset.
                                Map.entry("server.tomcat.max-swallow-size", "8MB"),
                                Map.entry("server.error.include-stacktrace", "never"),
                                Map.entry("server.error.include-message", "never"),
                                Map.entry("springdoc.api-docs.version", "openapi_3_1"),
                                Map.entry("springdoc.paths-to-exclude", "/error"),
                                // The documents are committed (docs/api): stable key order, and JSON, not */*.
                                Map.entry("springdoc.writer-with-order-by-keys", "true"),
                                Map.entry("springdoc.default-produces-media-type", "application/json"))));
    }
}
