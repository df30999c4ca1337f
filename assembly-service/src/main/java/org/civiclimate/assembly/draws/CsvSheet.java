package org.civiclimate.assembly.draws;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as people send it from a spreadsheet, read as a stream: comma or semicolon (whichever the header has
 * more of), quoted fields, a header row, a byte order mark or none, cells trimmed. The pool and the register read
 * theirs through it.
 */
final class CsvSheet {

    /** The problems a sheet's read stops at: enough to fix a file, not a flood. */
    static final int MAX_PROBLEMS = 100;

    private CsvSheet() {}

    /** Takes each row of a sheet, told its line (the header being line 1). */
    interface Rows {
        void row(CSVRecord record, long line);
    }

    /**
     * Reads the sheet {@code name} (its problems named {@code name[12].column}): {@code header} checks the columns,
     * adding its problems, and answers who takes the rows, or null to read none; then each row in turn, up to the
     * end, more than {@code maxRows} rows, a line that is not CSV, or {@link #MAX_PROBLEMS} problems. The rows read.
     */
    static int read(
            Reader reader,
            String name,
            int maxRows,
            List<FieldProblem> problems,
            Function<CSVParser, @Nullable Rows> header) {
        int read = 0;
        try (CSVParser parser = open(reader)) {
            var rows = header.apply(parser);
            if (rows == null) {
                return 0;
            }
            var iterator = parser.iterator();
            while (problems.size() < MAX_PROBLEMS) {
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    var record = iterator.next();
                    line = record.getRecordNumber() + 1;
                    if (++read > maxRows) {
                        problems.add(new FieldProblem(
                                name, FieldCode.TOO_LONG, Map.of("max", maxRows), "more than " + maxRows + " rows"));
                        break;
                    }
                    rows.row(record, line);
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The parser's own message names where it stopped ("(line 12) invalid char ...").
                    problems.add(new FieldProblem(
                            name + "[" + line + "]", FieldCode.FORMAT, "line " + line + ": " + why(e)));
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add(new FieldProblem(name + "[1]", FieldCode.FORMAT, "line 1: " + why(e)));
        }
        return read;
    }

    /** The bytes as UTF-8 text, refusing any byte that is not: no name is silently mangled into "\uFFFD". */
    static Reader utf8(InputStream bytes) {
        return new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder());
    }

    /** Why a read failed, as a problem says it: not UTF-8 (a spreadsheet's other encodings), or not CSV. */
    static String why(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return "not UTF-8 text: save the file as \u201cCSV UTF-8\u201d";
            }
        }
        return "not CSV: " + failure.getMessage();
    }

    /** The parser over the rows after the header. */
    static CSVParser open(Reader reader) throws IOException {
        var buffered = reader.markSupported() ? reader : new BufferedReader(reader);
        // A spreadsheet's byte order mark is not part of the first column's name.
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiterOf(buffered))
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(buffered);
    }

    /** The header's columns by their name in lower case, the first of equal names kept. */
    static Map<String, String> columns(CSVParser parser) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (var column : parser.getHeaderNames()) {
            columns.putIfAbsent(column.strip().toLowerCase(Locale.ROOT), column);
        }
        return columns;
    }

    /** The first of these columns the header has, by lower-case name. */
    static @Nullable String firstOf(Map<String, String> columns, String... names) {
        for (var name : names) {
            if (columns.containsKey(name)) {
                return columns.get(name);
            }
        }
        return null;
    }

    /** A cell's text, null if empty or absent; a problem named {@code field} if it is longer or not one line. */
    static @Nullable String cell(
            CSVRecord record, @Nullable String column, String field, int max, List<FieldProblem> problems) {
        if (column == null || !record.isSet(column) || record.get(column).isEmpty()) {
            return null;
        }
        var value = record.get(column);
        if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem(field, FieldCode.FORMAT, "one line of text, without control characters"));
            return null;
        }
        if (value.length() > max) {
            problems.add(
                    new FieldProblem(field, FieldCode.TOO_LONG, Map.of("max", max), "at most " + max + " characters"));
            return null;
        }
        return value;
    }

    /** A cell as a problem repeats it: at most 60 characters. */
    static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /** Semicolons if the header has more of them than commas (what spreadsheets in French and Dutch write). */
    private static char delimiterOf(Reader reader) throws IOException {
        int limit = 8192;
        reader.mark(limit + 1);
        int commas = 0;
        int semicolons = 0;
        for (int c = reader.read(), read = 1;
                c != -1 && c != '\n' && c != '\r' && read < limit;
                c = reader.read(), read++) {
            commas += c == ',' ? 1 : 0;
            semicolons += c == ';' ? 1 : 0;
        }
        reader.reset();
        return semicolons > commas ? ';' : ',';
    }
}
