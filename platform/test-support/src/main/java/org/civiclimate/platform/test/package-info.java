/**
 * Test support: each real server (PostgreSQL, Kafka, Keycloak) is a resource started once per test JVM and reused,
 * "embedded" by default or "given by address" by configuration (system property, then environment variable, then a
 * git-ignored {@code .env.test}); {@link RealInfrastructure} wires them into a Spring test. Because tenancy is
 * row-level security, a fresh commune per test class is the clean slate: no truncation, no new database.
 */
@NullMarked
package org.civiclimate.platform.test;

import org.jspecify.annotations.NullMarked;
