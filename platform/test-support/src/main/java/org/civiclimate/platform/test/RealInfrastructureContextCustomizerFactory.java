package org.civiclimate.platform.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Applies {@link RealInfrastructure} to the Spring test contexts of classes that carry it. */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, RealInfrastructure.class);
        return annotation == null
                ? null
                : new Customizer(
                        annotation.database(), annotation.postgres(), annotation.kafka(), annotation.keycloak());
    }

    /** A record, so that test classes asking for the same servers share one cached application context. */
    private static final String INLINED = "Inlined Test Properties";

    private record Customizer(String database, boolean postgres, boolean kafka, boolean keycloak)
            implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var environment = context.getEnvironment();
            Map<String, Object> properties = new HashMap<>();
            if (postgres) {
                properties.putAll(databaseProperties(environment));
            }
            if (kafka) {
                properties.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
            }
            if (keycloak) {
                properties.putAll(TestKeycloak.springProperties());
            }
            var source = new MapPropertySource("realInfrastructure", properties);
            var sources = environment.getPropertySources();
            // Below a test's own inlined properties (@SpringBootTest(properties = ...)), so a test can override us.
            if (sources.contains(INLINED)) {
                sources.addAfter(INLINED, source);
            } else {
                sources.addFirst(source);
            }
        }

        private Map<String, Object> databaseProperties(org.springframework.core.env.Environment environment) {
            String name = database.isEmpty()
                    ? environment
                            .getRequiredProperty("spring.application.name")
                            .replace("-service", "")
                            .replace('-', '_')
                    : database;
            var access = TestPostgres.database(name);
            return Map.of(
                    "spring.datasource.url", access.jdbcUrl(),
                    "spring.datasource.username", access.appUser(),
                    "spring.datasource.password", access.appPassword(),
                    "spring.liquibase.user", access.ownerUser(),
                    "spring.liquibase.password", access.ownerPassword());
        }
    }
}
