package org.civiclimate.plan.space;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.communes.KnownCommune;

/** The commune's energy and climate action plan (PAED/SECAP) space, as the API shows it. */
record PlanSpace(UUID communeId, String slug, String name, String country, List<String> languages) {

    static PlanSpace of(KnownCommune commune) {
        return new PlanSpace(
                commune.id().value(), commune.slug(), commune.name(), commune.country(), commune.languages());
    }
}
