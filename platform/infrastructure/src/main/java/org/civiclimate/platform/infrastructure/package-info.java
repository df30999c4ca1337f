/**
 * Real servers without Docker: embedded PostgreSQL, an in-process Kafka KRaft broker, Keycloak's server distribution
 * as a child process, and a capturing SMTP server. Each can instead be reached at an address someone else runs.
 * Used by devstack, the test support library and the jOOQ code generator.
 */
@NullMarked
package org.civiclimate.platform.infrastructure;

import org.jspecify.annotations.NullMarked;
