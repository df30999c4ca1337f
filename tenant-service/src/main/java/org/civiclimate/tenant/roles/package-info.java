/**
 * Who has which role in which commune, and who they are (the name, email and language they last signed in with, and
 * how to write to them). Every change is announced with {@code membership.changed}, from which assembly-service and
 * plan-service authorise. The rules of who may change roles are in {@code membership}; this feature only keeps and
 * announces them. Guarded by {@code MembershipIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.roles;

import org.jspecify.annotations.NullMarked;
