/**
 * Seating a drawn panel (DOMAIN.md, sortition): each selected volunteer is offered their seat by email, accepts it
 * signed in with the address it went to (which seats them with a mandate chosen by the draw) or refuses it by its
 * link; a refusal or a lapsed deadline offers the seat to the next reserve that keeps the quotas
 * ({@link org.civiclimate.assembly.draws.domain.Reserves#next}). Guarded by {@code SeatingIT}.
 */
@NullMarked
package org.civiclimate.assembly.seating;

import org.jspecify.annotations.NullMarked;
