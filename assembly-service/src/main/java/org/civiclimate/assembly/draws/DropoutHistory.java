package org.civiclimate.assembly.draws;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who the commune's other draws offered a seat, and who of them dropped out (refused, let the offer lapse, or withdrew
 * once seated): what a new draw's reserves are chosen for. Seating keeps the offers and implements it.
 */
public interface DropoutHistory {

    /** A person offered a seat: their values, and whether they dropped out. */
    record Offered(Map<String, String> features, boolean droppedOut) {}

    /** Everyone the commune's draws but {@code draw} offered a seat. */
    List<Offered> offeredBefore(UUID draw);
}
