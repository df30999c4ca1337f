package org.civiclimate.platform.tenancy;

import java.util.Optional;

/** Finds a commune by the slug in a request path. Each service implements it over its own copy of the communes. */
@FunctionalInterface
public interface CommuneDirectory {

    Optional<Listing> findBySlug(String slug);

    /** A commune as the directory lists it: its id, and whether it is suspended (read-only for everyone in it). */
    record Listing(CommuneId id, boolean suspended) {}
}
