package org.civiclimate.platform.web;

/**
 * Rules for text people type that ends up in emails, page titles and files: for {@code @Pattern} on request fields.
 */
public final class TextRules {

    /** One line, no control characters: a name that goes into an email's subject or body cannot add lines to it. */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";

    public static final String ONE_LINE_MESSAGE = "must be one line, without control characters";

    private TextRules() {}
}
