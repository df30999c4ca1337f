/**
 * An assembly's sessions, {@code /api/communes/{slug}/assembly/assemblies/{assembly}/sessions}: planned by staff with
 * their agenda and guests, convened (announced as {@code session.convened}, which tenant-service mails), answered by
 * members, and exported as a calendar file. Guarded by {@code SessionsIT} and the domain's unit tests.
 */
@NullMarked
package org.civiclimate.assembly.sessions;

import org.jspecify.annotations.NullMarked;
