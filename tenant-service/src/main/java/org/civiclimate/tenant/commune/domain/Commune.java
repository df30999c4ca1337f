package org.civiclimate.tenant.commune.domain;

import java.util.List;
import org.civiclimate.platform.tenancy.CommuneId;

/** A commune: the platform's tenant, with its own assembly, plan and ledger. */
public record Commune(
        CommuneId id, Slug slug, String name, Country country, List<Language> languages, CommuneStatus status) {

    public Commune {
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A commune's name has 1 to 200 characters");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A commune works in at least one language");
        }
        languages = List.copyOf(languages);
    }
}
