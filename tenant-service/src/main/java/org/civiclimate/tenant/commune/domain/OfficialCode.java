package org.civiclimate.tenant.commune.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code the country's statistics office gives the commune: Belgium's NIS/INS code (five digits, the first naming
 * the province), France's INSEE code (five characters: the département, 2A/2B for Corsica, then three digits);
 * elsewhere one to twelve letters and digits.
 */
public record OfficialCode(Country country, String value) {

    private static final Pattern BELGIUM = Pattern.compile("[1-9][0-9]{4}");
    private static final Pattern FRANCE = Pattern.compile("(?:[0-9]{2}|2A|2B)[0-9]{3}");
    private static final Pattern ELSEWHERE = Pattern.compile("[0-9A-Z]{1,12}");

    public OfficialCode {
        var problem = problemWith(country.code(), value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code candidate} is not an official code of the country, if it is not. */
    public static Optional<String> problemWith(String country, String candidate) {
        return switch (country) {
            case "BE" ->
                BELGIUM.matcher(candidate).matches()
                        ? Optional.empty()
                        : Optional.of("must be a Belgian NIS code: five digits, e.g. 21004");
            case "FR" ->
                FRANCE.matcher(candidate).matches()
                        ? Optional.empty()
                        : Optional.of("must be a French INSEE code: five characters, e.g. 75056 or 2A004");
            default ->
                ELSEWHERE.matcher(candidate).matches()
                        ? Optional.empty()
                        : Optional.of("must be 1 to 12 capital letters and digits");
        };
    }
}
