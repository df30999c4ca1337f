package org.civiclimate.platform.web;

/**
 * Rules for text people type that ends up in emails, page titles and files: for {@code @Pattern} on request fields.
 */
public final class TextRules {

    /**
     * One line, no control characters: a name that goes into an email's subject or body cannot add lines to it, nor
     * reorder what follows it (Unicode line separators, NUL to US, DEL, C1 and the bidirectional controls). One
     * character class, not an alternation: matching stays iterative however long the text.
     */
    public static final String ONE_LINE = "[^" + TextRules.HIDDEN_CONTROLS + "]*";

    /**
     * What a text people read may not hold, as the inside of a character class: C0 and C1 controls, Unicode line and
     * paragraph separators, the bidirectional marks, embeddings, overrides and isolates.
     */
    public static final String HIDDEN_CONTROLS =
            "\\p{Cntrl}\\x{80}-\\x{9F}\\x{061C}\\x{200E}\\x{200F}\\x{2028}\\x{2029}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}";

    public static final String ONE_LINE_MESSAGE = "must be one line, without control characters";

    /** A slug (of a commune, a network): lower-case letters, digits and inner hyphens, 1 to 63 characters. */
    public static final String SLUG = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    private TextRules() {}
}
