package org.civiclimate.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the catalogue entry (type and version) a producer's event record is published as. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CloudEventType {

    /** The CloudEvent type, lower-case dotted, e.g. {@code commune.provisioned}. */
    String value();

    int version() default 1;
}
