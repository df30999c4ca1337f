package org.civiclimate.assembly.draws;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A register uploaded for the invitation lottery, as CSV from a spreadsheet ({@link CsvSheet}): a column
 * {@code household} (or {@code address_id}, or {@code id}), {@code name} and {@code address}, and optionally
 * {@code district}; other columns are ignored. Read as a stream: each household goes to the consumer as it is read,
 * nothing is held. Every problem names its line and column ({@code register[12].name}, the header being line 1), up to
 * {@link CsvSheet#MAX_PROBLEMS}.
 */
final class RegisterCsv {

    private RegisterCsv() {}

    /** A row of the register. */
    record Household(
            int line,
            String id,
            String name,
            String address,
            @Nullable String district) {}

    /** The rows read, and the register's problems. */
    record Read(int rows, List<FieldProblem> problems) {}

    static Read read(Reader reader, int maxRows, Consumer<Household> each) {
        var problems = new ArrayList<FieldProblem>();
        int rows = CsvSheet.read(reader, "register", maxRows, problems, parser -> {
            var columns = CsvSheet.columns(parser);
            String id = CsvSheet.firstOf(columns, "household", "address_id", "id");
            String name = columns.get("name");
            String address = columns.get("address");
            String district = columns.get("district");
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
                return null;
            }
            return (record, line) -> {
                int before = problems.size();
                String field = "register[" + line + "].";
                var household = required(record, id, field + "household", line, problems);
                var addressee = required(record, name, field + "name", line, problems);
                var home = required(record, address, field + "address", line, problems);
                var area = CsvSheet.cell(record, district, field + "district", 200, problems);
                if (problems.size() == before && household != null && addressee != null && home != null) {
                    each.accept(new Household((int) line, household, addressee, home, area));
                }
            };
        });
        return new Read(rows, problems);
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
