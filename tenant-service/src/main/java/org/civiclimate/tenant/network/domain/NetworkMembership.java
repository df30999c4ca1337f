package org.civiclimate.tenant.network.domain;

import java.util.Optional;

/**
 * Where a commune stands with a network. Either side may start: the network invites, or the commune asks; the
 * commune is a member once the other side agrees. Only a member shares anything.
 */
public enum NetworkMembership {
    INVITED,
    REQUESTED,
    MEMBER;

    /** What the network's invitation makes of the commune's current standing (none: not yet related). */
    public static NetworkMembership afterInvitation(Optional<NetworkMembership> current) {
        return current.map(c -> c == INVITED ? INVITED : MEMBER).orElse(INVITED);
    }

    /** What the commune's request (or acceptance) makes of its current standing. */
    public static NetworkMembership afterRequest(Optional<NetworkMembership> current) {
        return current.map(c -> c == REQUESTED ? REQUESTED : MEMBER).orElse(REQUESTED);
    }

    public boolean shares() {
        return this == MEMBER;
    }
}
