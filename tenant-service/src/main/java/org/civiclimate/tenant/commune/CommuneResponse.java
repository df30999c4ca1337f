package org.civiclimate.tenant.commune;

import java.util.List;
import java.util.UUID;
import org.civiclimate.tenant.commune.domain.Commune;
import org.civiclimate.tenant.commune.domain.Language;

/** A commune as the API shows it. */
record CommuneResponse(UUID id, String slug, String name, String country, List<String> languages, String status) {

    static CommuneResponse of(Commune commune) {
        return new CommuneResponse(
                commune.id().value(),
                commune.slug().value(),
                commune.name(),
                commune.country().code(),
                commune.languages().stream().map(Language::code).toList(),
                commune.status().name());
    }
}
