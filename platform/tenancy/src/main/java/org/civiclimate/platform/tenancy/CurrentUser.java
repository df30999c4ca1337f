package org.civiclimate.platform.tenancy;

import java.util.Optional;

/**
 * The user the current thread works for, if any: set alongside the commune as PostgreSQL's transaction-local
 * {@code app.user_id}, for the few policies that let a user see their own rows across communes (their memberships).
 * The security library provides it from the caller's token.
 */
@FunctionalInterface
public interface CurrentUser {

    Optional<String> id();

    /** The user's email address, if the identity provider verified it (invitations are addressed to it). */
    default Optional<String> verifiedEmail() {
        return Optional.empty();
    }

    CurrentUser NONE = Optional::empty;
}
