package org.civiclimate.platform.web;

import java.util.ArrayList;
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
        line(header);
    }

    public static CsvTable withHeader(List<String> header) {
        return new CsvTable(header);
    }

    /** Adds a row of as many cells as the header has; a null cell is empty. */
    public CsvTable row(List<? extends @Nullable Object> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("A row has " + columns + " cells, not " + cells.size());
        }
        var texts = new ArrayList<String>(cells.size());
        for (var cell : cells) {
            texts.add(cell == null ? "" : cell.toString());
        }
        line(texts);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
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
