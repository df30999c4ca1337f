package org.civiclimate.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table written as CSV that spreadsheets open as people expect (RFC 4180: comma-separated, CRLF lines, quotes
 * doubled), with a byte order mark so that Excel reads UTF-8, and with cells that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first) prefixed by an apostrophe: the text people
 * typed is shown, never executed (OWASP's CSV injection advice).
 */
public final class CsvTable {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);
    private final int columns;

    private CsvTable(List<String> header) {
        this.columns = header.size();
        text.append(line(header));
    }

    public static CsvTable withHeader(List<String> header) {
        return new CsvTable(header);
    }

    /** Adds a row of as many cells as the header has; a null cell is empty. */
    public CsvTable row(List<? extends @Nullable Object> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("A row has " + columns + " cells, not " + cells.size());
        }
        text.append(line(cells));
        return this;
    }

    /** One row as a line of its own, CRLF included: for a table written as it is read, never held whole. */
    public static String line(List<? extends @Nullable Object> cells) {
        var line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            var cell = cells.get(i);
            line.append(cell(cell == null ? "" : cell.toString()));
        }
        return line.append("\r\n").toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String cell(String value) {
        String safe =
                !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** A negative number stays a number: only text a spreadsheet would evaluate is neutralised. */
    private static boolean isNumber(String value) {
        return value.matches("-?\\d+(\\.\\d+)?");
    }
}
