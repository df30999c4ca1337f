/**
 * devstack: the whole platform on one machine. {@link Devstack} is the command; {@link Platform} starts and stops
 * PostgreSQL, Kafka, Keycloak and the four applications (the end-to-end tests start it the same way).
 */
@NullMarked
package org.civiclimate.devstack;

import org.jspecify.annotations.NullMarked;
