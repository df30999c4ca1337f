/**
 * jOOQ code generation at build time, against a real PostgreSQL migrated by the service's own changelog. jOOQ's
 * Liquibase/H2 route cannot read PostgreSQL-only changes such as row-level security policies, and Testcontainers
 * needs Docker; an embedded server needs neither.
 */
@NullMarked
package org.civiclimate.platform.codegen;

import org.jspecify.annotations.NullMarked;
