package org.civiclimate.tenant.commune.domain;

import java.util.List;
import org.civiclimate.platform.tenancy.CommuneId;

/** A commune: the platform's tenant, with its own assembly, plan and ledger. */
public record Commune(
        CommuneId id,
        Slug slug,
        String name,
        Country country,
        OfficialCode officialCode,
        int population,
        String contactEmail,
        List<Language> languages,
        CommuneStatus status) {

    public static final int MAX_POPULATION = 100_000_000;

    public Commune {
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A commune's name has 1 to 200 characters");
        }
        if (!officialCode.country().equals(country)) {
            throw new IllegalArgumentException("The official code is of another country");
        }
        if (population < 1 || population > MAX_POPULATION) {
            throw new IllegalArgumentException("A commune has 1 to " + MAX_POPULATION + " inhabitants");
        }
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("A commune works in at least one language");
        }
        languages = List.copyOf(languages);
    }
}
