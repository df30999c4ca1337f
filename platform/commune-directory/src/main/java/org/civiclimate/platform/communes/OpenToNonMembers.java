package org.civiclimate.platform.communes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a commune's protected route that any signed-in user may call, member or not ({@link MembersOnly} lets them
 * through): the operation itself proves the right, as accepting a seat offered to one's verified address does.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenToNonMembers {}
