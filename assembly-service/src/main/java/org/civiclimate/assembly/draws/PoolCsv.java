package org.civiclimate.assembly.draws;

import java.io.Reader;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civiclimate.assembly.draws.domain.Quotas;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A pool imported as CSV (comma or semicolon, quoted fields, a header row): a column per stratifying feature, and
 * optionally {@code name}, {@code email} and {@code household} (or {@code address}); other columns are ignored, so
 * that a sign-up sheet can be sent as it is. Read as a stream, row by row. Every problem names its line and column
 * ({@code pool[12].gender}: line 12, the header being line 1), up to {@link CsvSheet#MAX_PROBLEMS}; a pool with any problem
 * is refused whole.
 */
final class PoolCsv {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PoolCsv() {}

    /** A volunteer as imported, under a fresh random pseudonym. */
    record Row(
            String pseudonym,
            @Nullable String name,
            @Nullable String email,
            @Nullable String household,
            Map<String, String> features) {}

    record Parsed(List<Row> rows, List<FieldProblem> problems) {}

    static Parsed read(Reader reader, Quotas quotas, int maxRows) {
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<FieldProblem>();
        CsvSheet.read(reader, "pool", maxRows, problems, parser -> {
            var columns = CsvSheet.columns(parser);
            for (var feature : quotas.features()) {
                if (!parser.getHeaderNames().contains(feature)) {
                    problems.add(new FieldProblem(
                            "pool[1]." + feature, FieldCode.REQUIRED, "line 1: the header has no column " + feature));
                }
            }
            if (!problems.isEmpty()) {
                return null;
            }
            String household = CsvSheet.firstOf(columns, "household", "address");
            Set<String> emails = new HashSet<>();
            Set<String> households = new HashSet<>();
            return (record, line) -> {
                Map<String, String> features = new LinkedHashMap<>();
                for (var feature : quotas.features()) {
                    var value = record.isSet(feature) ? record.get(feature) : "";
                    String field = "pool[" + line + "]." + feature;
                    if (value.isEmpty()) {
                        problems.add(new FieldProblem(field, FieldCode.REQUIRED, "line " + line + ": no " + feature));
                    } else if (quotas.indexOf(feature, value) < 0) {
                        problems.add(FieldProblem.oneOf(
                                field,
                                quotas.list().stream()
                                        .filter(quota -> quota.feature().equals(feature))
                                        .map(quota -> quota.value())
                                        .toList(),
                                "line " + line + ": " + feature + " " + CsvSheet.shortened(value) + " has no quota"));
                    }
                    features.put(feature, value);
                }
                var name = CsvSheet.cell(record, columns.get("name"), "pool[" + line + "].name", 200, problems);
                var email = CsvSheet.cell(record, columns.get("email"), "pool[" + line + "].email", 320, problems);
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    problems.add(new FieldProblem(
                            "pool[" + line + "].email", FieldCode.EMAIL, "line " + line + ": not an email address"));
                } else if (email != null && !emails.add(email.toLowerCase(Locale.ROOT))) {
                    problems.add(new FieldProblem(
                            "pool[" + line + "].email",
                            FieldCode.DUPLICATE,
                            "line " + line + ": " + CsvSheet.shortened(email) + " is already in the pool"));
                }
                var home = CsvSheet.cell(record, household, "pool[" + line + "]." + household, 200, problems);
                if (home != null && !households.add(home.toLowerCase(Locale.ROOT))) {
                    problems.add(new FieldProblem(
                            "pool[" + line + "]." + household,
                            FieldCode.DUPLICATE,
                            "line " + line + ": one volunteer per household, and this one is already in the pool"));
                }
                rows.add(new Row(pseudonym(), name, email, home, features));
            };
        });
        return new Parsed(rows, problems);
    }

    /** Ten characters of base32 from a secure random source: 50 bits, unguessable, meaning nothing. */
    static String pseudonym() {
        var chars = new char[10];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
