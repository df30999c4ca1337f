/**
 * Networks of communes (a regional Covenant of Mayors coordinator, an association): an operator or a commune's admin
 * creates one and becomes its coordinator; coordinators invite others by email (the {@code invitation} feature: they
 * become coordinators by accepting) and invite communes; a commune's admins
 * request to join or accept the invitation, choose per indicator group (plan, assembly, allowances) what the commune
 * shares with the network, and can withdraw it or leave. What is compared comes later; the consent is here, and is
 * announced with {@code network.sharing-changed}. The commune's steps are in its audit trail.
 * Guarded by {@code NetworkMembershipTest}, {@code NetworkIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.network;

import org.jspecify.annotations.NullMarked;
