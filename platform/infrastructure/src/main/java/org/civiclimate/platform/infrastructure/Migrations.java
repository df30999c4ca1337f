package org.civiclimate.platform.infrastructure;

import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Runs a Liquibase changelog from the classpath the way a service does at start-up: as the owner role, with the
 * application role's name as the {@code appRole} parameter. For tools that migrate outside a service (codegen, bench);
 * needs liquibase-core and spring-jdbc on the classpath.
 */
public final class Migrations {

    private Migrations() {}

    public static void migrate(DatabaseAccess database, String changelog, ClassLoader classLoader) {
        var liquibase = new SpringLiquibase();
        liquibase.setDataSource(new SimpleDriverDataSource(
                new org.postgresql.Driver(), database.jdbcUrl(), database.ownerUser(), database.ownerPassword()));
        liquibase.setChangeLog("classpath:" + changelog);
        liquibase.setChangeLogParameters(Map.of("appRole", database.appUser()));
        liquibase.setResourceLoader(new DefaultResourceLoader(classLoader));
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Migration with " + changelog + " failed", e);
        }
    }
}
