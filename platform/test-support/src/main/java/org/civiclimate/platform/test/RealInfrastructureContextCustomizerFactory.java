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
                : new Customizer(annotation.database(), annotation.kafka(), annotation.keycloak());
    }

    /** A record, so that test classes asking for the same servers share one cached application context. */
    private record Customizer(String database, boolean kafka, boolean keycloak) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var environment = context.getEnvironment();
            Map<String, Object> properties = new HashMap<>();
            String name = database.isEmpty()
                    ? environment
                            .getRequiredProperty("spring.application.name")
                            .replace("-service", "")
                            .replace('-', '_')
                    : database;
            var access = TestPostgres.database(name);
            properties.put("spring.datasource.url", access.jdbcUrl());
            properties.put("spring.datasource.username", access.appUser());
            properties.put("spring.datasource.password", access.appPassword());
            properties.put("spring.liquibase.user", access.ownerUser());
            properties.put("spring.liquibase.password", access.ownerPassword());
            if (kafka) {
                properties.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
            }
            if (keycloak) {
                properties.putAll(TestKeycloak.springProperties());
            }
            environment.getPropertySources().addFirst(new MapPropertySource("realInfrastructure", properties));
        }
    }
}
