package org.civiclimate.platform.tenancy;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, as the lowest-priority property source: Liquibase hands the application role's name
 * to the changelogs (which grant it access), and the database's own name for readable connection pools.
 */
class TenancyEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "civiclimateTenancyDefaults",
                        Map.of(
                                "spring.liquibase.parameters.appRole",
                                "${spring.datasource.username}",
                                "spring.jooq.sql-dialect",
                                "postgres")));
    }
}
