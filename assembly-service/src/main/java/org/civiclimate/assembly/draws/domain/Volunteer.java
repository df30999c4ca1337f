package org.civiclimate.assembly.draws.domain;

import java.util.Map;

/** A person in the pool: a pseudonymous id (never a name) and their value for each stratifying feature. */
public record Volunteer(String id, Map<String, String> features) {

    public Volunteer {
        features = Map.copyOf(features);
    }
}
