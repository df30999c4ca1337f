/**
 * The audit trail: every privileged action in a commune (onboarding, role changes, joining rules, suspension), who
 * did it and when, recorded in the same transaction as the action and never rewritten (the service's database role
 * may not update or delete it). Admins and operators read it.
 * Guarded by {@code MembershipIT}, {@code SuspensionIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.audit;

import org.jspecify.annotations.NullMarked;
