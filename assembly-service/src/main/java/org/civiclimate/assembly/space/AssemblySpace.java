package org.civiclimate.assembly.space;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.communes.KnownCommune;

/** The commune's permanent citizens' assembly space, as the API shows it. */
record AssemblySpace(UUID communeId, String slug, String name, String country, List<String> languages) {

    static AssemblySpace of(KnownCommune commune) {
        return new AssemblySpace(
                commune.id().value(), commune.slug(), commune.name(), commune.country(), commune.languages());
    }
}
