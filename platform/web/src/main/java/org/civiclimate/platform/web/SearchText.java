package org.civiclimate.platform.web;

/** A search as people type it, matched as a substring: SQL LIKE's wildcards in it are escaped, not interpreted. */
public final class SearchText {

    /** The escape character of {@link #containing}'s patterns, to give LIKE. */
    public static final char ESCAPE = '\\';

    private SearchText() {}

    /** The LIKE pattern of values that contain {@code text} ({@code %} and {@code _} in it taken literally). */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
