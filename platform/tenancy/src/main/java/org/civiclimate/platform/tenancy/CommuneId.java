package org.civiclimate.platform.tenancy;

import java.util.UUID;

/** The identity of a commune, the platform's tenant. */
public record CommuneId(UUID value) {

    public static CommuneId of(String value) {
        return new CommuneId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
