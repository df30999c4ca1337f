package org.civiclimate.tenant.commune.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A country by its ISO 3166-1 alpha-2 code. */
public record Country(String code) {

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public Country {
        if (problemWith(code).isPresent()) {
            throw new IllegalArgumentException(problemWith(code).get());
        }
    }

    /** Why {@code candidate} is not a country code, if it is not. */
    public static Optional<String> problemWith(String candidate) {
        return ISO_CODES.contains(candidate)
                ? Optional.empty()
                : Optional.of("is not an ISO 3166-1 alpha-2 country code (e.g. BE, FR)");
    }
}
