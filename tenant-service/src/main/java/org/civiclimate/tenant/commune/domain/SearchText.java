package org.civiclimate.tenant.commune.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A name as the directory searches it: lower case, without accents, any run of punctuation or spaces one space. */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** {@code Saint-Josse-ten-Noode} and {@code saint josse} fold alike; so do {@code Écaussinnes} and {@code ecau}. */
    public static String fold(String text) {
        String bare =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
