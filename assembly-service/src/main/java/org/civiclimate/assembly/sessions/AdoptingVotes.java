package org.civiclimate.assembly.sessions;

import java.util.List;
import java.util.UUID;

/**
 * The vote sessions of an assembly that adopted at least one recommendation: those who held a seat on their days made
 * the recommendations, and a follow-up review convenes them again, whether or not they still hold a seat. Implemented
 * by the recommendations, which sessions do not otherwise know.
 */
public interface AdoptingVotes {

    List<UUID> of(UUID assembly);
}
