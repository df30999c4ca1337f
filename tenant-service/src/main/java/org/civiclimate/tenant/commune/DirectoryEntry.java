package org.civiclimate.tenant.commune;

import java.util.List;

/** An active commune as the public directory lists it. */
public record DirectoryEntry(
        String slug,
        String name,
        String country,
        List<String> postalCodes,
        int population,
        List<String> languages,
        String joinPolicy) {}
