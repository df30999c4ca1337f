package org.civiclimate.assembly.draws;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A register uploaded for the invitation lottery, as CSV from a spreadsheet ({@link CsvSheet}): a column
 * {@code household} (or {@code address_id}, or {@code id}), {@code name} and {@code address}, and optionally
 * {@code district}; other columns are ignored. Read as a stream: each household goes to the consumer as it is read,
 * nothing is held. Every problem names its line and column ({@code register[12].name}, the header being line 1), up to
 * {@link #MAX_PROBLEMS}.
 */
final class RegisterCsv {

    static final int MAX_PROBLEMS = 100;

    private RegisterCsv() {}

    /** A row of the register. */
    record Household(
            int line,
            String id,
            String name,
            String address,
            @Nullable String district) {}

    /** The rows read, whether the register has a district column, and its problems. */
    record Read(int rows, boolean districts, List<FieldProblem> problems) {}

    static Read read(Reader reader, int maxRows, Consumer<Household> each) {
        var problems = new ArrayList<FieldProblem>();
        int rows = 0;
        boolean districts = false;
        try (CSVParser parser = CsvSheet.open(reader)) {
            var columns = CsvSheet.columns(parser);
            String id = CsvSheet.firstOf(columns, "household", "address_id", "id");
            String name = columns.get("name");
            String address = columns.get("address");
            String district = columns.get("district");
            districts = district != null;
            if (id == null) {
                problems.add(new FieldProblem(
                        "register[1].household",
                        FieldCode.REQUIRED,
                        "line 1: the header has no column household (or address_id, or id)"));
            }
            for (var required : List.of("name", "address")) {
                if (!columns.containsKey(required)) {
                    problems.add(new FieldProblem(
                            "register[1]." + required,
                            FieldCode.REQUIRED,
                            "line 1: the header has no column " + required));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(0, districts, problems);
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
                    if (++rows > maxRows) {
                        problems.add(new FieldProblem(
                                "register",
                                FieldCode.TOO_LONG,
                                Map.of("max", maxRows),
                                "more than " + maxRows + " rows"));
                        break;
                    }
                    int before = problems.size();
                    String field = "register[" + line + "].";
                    var household = required(record, id, field + "household", line, problems);
                    var addressee = required(record, name, field + "name", line, problems);
                    var home = required(record, address, field + "address", line, problems);
                    var area = CsvSheet.cell(record, district, field + "district", 200, problems);
                    if (problems.size() == before && household != null && addressee != null && home != null) {
                        each.accept(new Household((int) line, household, addressee, home, area));
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    // The parser's own message names where it stopped ("(line 12) invalid char ...").
                    problems.add(new FieldProblem(
                            "register[" + line + "]", FieldCode.FORMAT, "line " + line + ": " + CsvSheet.why(e)));
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add(new FieldProblem("register[1]", FieldCode.FORMAT, "line 1: " + CsvSheet.why(e)));
        }
        return new Read(rows, districts, problems);
    }

    private static @Nullable String required(
            org.apache.commons.csv.CSVRecord record,
            @Nullable String column,
            String field,
            long line,
            List<FieldProblem> problems) {
        int before = problems.size();
        var value = CsvSheet.cell(record, column, field, 300, problems);
        if (value == null && problems.size() == before) {
            problems.add(new FieldProblem(field, FieldCode.REQUIRED, "line " + line + ": is empty"));
        }
        return value;
    }
}
