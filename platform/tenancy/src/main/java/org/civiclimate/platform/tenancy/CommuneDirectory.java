package org.civiclimate.platform.tenancy;

import java.util.Optional;

/** Finds a commune by the slug in a request path. Each service implements it over its own copy of the communes. */
@FunctionalInterface
public interface CommuneDirectory {

    Optional<CommuneId> findBySlug(String slug);
}
