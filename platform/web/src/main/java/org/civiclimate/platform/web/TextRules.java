package org.civiclimate.platform.web;

/**
 * Rules for text people type that ends up in emails, page titles and files: for {@code @Pattern} on request fields.
 */
public final class TextRules {

    /** One line, no control characters: a name that goes into an email's subject or body cannot add lines to it. */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";

    public static final String ONE_LINE_MESSAGE = "must be one line, without control characters";

    /** A slug (of a commune, a network): lower-case letters, digits and inner hyphens, 1 to 63 characters. */
    public static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private TextRules() {}
}
