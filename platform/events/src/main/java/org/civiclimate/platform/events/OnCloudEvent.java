package org.civiclimate.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method that handles events of one catalogue type. The method takes the event's data (a record the
 * consumer declares for what it reads) and optionally the {@link InboundEvent} metadata. It runs at most once per
 * event, inside a transaction with the event's commune bound.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnCloudEvent {

    /** The CloudEvent type handled, e.g. {@code commune.provisioned}. */
    String value();
}
