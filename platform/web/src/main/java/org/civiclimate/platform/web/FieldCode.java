package org.civiclimate.platform.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * Why a field is wrong, as a stable code clients translate (the web app has a message for each, in every language
 * the platform speaks); {@link FieldProblem#params()} carries the values a message needs. The JSON value is
 * {@link #code()}; never rename one, only add.
 */
public enum FieldCode {
    /** Missing, null or blank (NotNull, NotBlank, NotEmpty, a missing parameter or header). */
    REQUIRED("required"),
    /** Longer than allowed (Size on a string or a list). Params: {@code max}. */
    TOO_LONG("too-long", "max"),
    /** Shorter than allowed (Size on a string or a list). Params: {@code min}. */
    TOO_SHORT("too-short", "min"),
    /** A number below its minimum (Min, DecimalMin, Positive, PositiveOrZero). Params: {@code min}. */
    TOO_SMALL("too-small", "min"),
    /** A number above its maximum (Max, DecimalMax, Negative, NegativeOrZero). Params: {@code max}. */
    TOO_LARGE("too-large", "max"),
    /** Not an email address. */
    EMAIL("email"),
    /** Not one line, or with control characters ({@link TextRules#ONE_LINE}). */
    ONE_LINE("one-line"),
    /** Not one of the values allowed (an enum, a pattern such as {@code fr|nl|de|en}). Params: {@code allowed}. */
    ONE_OF("one-of", "allowed"),
    /** Does not match the expected format (any other pattern). */
    FORMAT("format"),
    /** A JSON value or parameter of the wrong type ({@code "abc"} for an integer). */
    INVALID_TYPE("invalid-type"),
    /** Already used (a slug, an official code, a role already held, an open invitation). */
    TAKEN("taken"),
    /** Names something that does not exist (a commune's slug). */
    NOT_FOUND("not-found"),
    /** Lists one value twice. */
    DUPLICATE("duplicate"),
    /** Not a slug: 2 to 63 lower-case letters, digits or single inner hyphens. */
    SLUG_FORMAT("slug-format"),
    /** Not an official code of the country (NIS in Belgium, INSEE in France). Params: {@code country}. */
    OFFICIAL_CODE_FORMAT("official-code-format", "country"),
    /** A country the platform does not serve (or no country code at all). */
    COUNTRY_UNSUPPORTED("country-unsupported"),
    /** Set once and never changed (a commune's slug, country and official code in a change of its details). */
    IMMUTABLE("immutable"),
    /** Anything else: the detail says what. */
    INVALID("invalid");

    private final String code;
    private final List<String> params;

    FieldCode(String code, String... params) {
        this.code = code;
        this.params = List.of(params);
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The names of the params a problem with this code carries. */
    public List<String> params() {
        return params;
    }

    @Override
    public String toString() {
        return code;
    }
}
