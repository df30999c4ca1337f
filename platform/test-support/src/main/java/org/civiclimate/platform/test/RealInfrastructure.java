package org.civiclimate.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Wires a Spring test to the test JVM's real servers: the service's own database (migrated by Liquibase as the
 * owner role, used as the application role), the Kafka broker and, when asked, Keycloak as the token issuer. Servers
 * start on first use and are shared by every test class of the JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

    /** The database name; by default {@code spring.application.name} without {@code -service}. */
    String database() default "";

    /** Whether the application gets a database at all. */
    boolean postgres() default true;

    boolean kafka() default true;

    boolean keycloak() default false;
}
